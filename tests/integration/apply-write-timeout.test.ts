// A write that times out may or may not have reached the appliance. Whatever it did (landed
// late, after the client gave up, or never), the apply rolls back to exactly what the
// appliance held before. The simulator holds the write past the client's timeout.
import { describe, expect, it } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { igelDesiredConfig } from "@/lib/apply/testing/documents";
import { applyWithTimedOutWrite } from "@/lib/apply/testing/held-write";
import { configFingerprint, createTarget } from "@/lib/apply/testing/harness";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { getDb } from "@/lib/db/client";

const sim = simulatorPerFile();

const owned = (topologyId: string) => getDb().appliedObject.count({ where: { topologyId } });

describe("a write that times out", () => {
  it.each(["process", "drop"] as const)(
    "rolls back a fresh apply whose create timed out (held write: %s)",
    async (late) => {
      const target = await createTarget(sim());
      const before = configFingerprint(sim());
      const desired = igelDesiredConfig({ servers: 2 });
      const run = await applyWithTimedOutWrite(sim(), "lbvserver", late, { ...target, desired });
      expect(run.status).toBe("ROLLED_BACK");
      const failed = run.steps.filter((s) => s.result === "FAILED");
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((s) => s.resource === "lbvserver" && s.errorKind === "timeout")).toBe(
        true,
      );
      expect(configFingerprint(sim())).toEqual(before);
      expect(await owned(target.topologyId)).toBe(0);
    },
  );

  it.each(["process", "drop"] as const)(
    "restores the appliance when an update of an edit timed out (held write: %s)",
    async (late) => {
      const target = await createTarget(sim());
      const a = igelDesiredConfig({ servers: 3, timeout: 5 });
      expect((await applyTopology({ ...target, desired: a })).status).toBe("SUCCEEDED");
      const afterA = configFingerprint(sim());
      const b = igelDesiredConfig({ servers: 2, timeout: 10 });
      const run = await applyWithTimedOutWrite(sim(), "lbvserver", late, { ...target, desired: b });
      expect(run.status).toBe("ROLLED_BACK");
      expect(run.steps.some((s) => s.action === "update" && s.errorKind === "timeout")).toBe(true);
      expect(configFingerprint(sim())).toEqual(afterA);
      expect((await planTopology({ ...target, desired: a })).summary.changes).toBe(0);
    },
  );
});
