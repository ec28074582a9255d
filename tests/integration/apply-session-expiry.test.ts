// The appliance drops the NITRO session in the middle of an apply (an admin's "kill session",
// a reboot of the management service, an idle timeout): the engine logs in again once and
// finishes. The simulator counts the logins, so "once" is measured, not assumed.
import { describe, expect, it } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { igelDesiredConfig } from "@/lib/apply/testing/documents";
import { createTarget } from "@/lib/apply/testing/harness";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";

const sim = simulatorPerFile();

const logins = () => sim().control.counters()["POST config/login"] ?? 0;

describe("session expiry mid-apply", () => {
  // An IGEL apply from scratch makes 21 requests (lib/apply/README.md): 3 falls in the plan's
  // parallel reads, 9 and 14 among the writes of the two stages, 21 in the read-back that
  // leaves with the save.
  it.each([3, 9, 14, 21])(
    "re-logs in exactly once when every session dies before request %i",
    async (n) => {
      const target = await createTarget(sim());
      const desired = igelDesiredConfig({ servers: 3 });
      sim().control.resetCounters();
      sim().control.setFaults({ expireSessionsAtRequest: n });
      const run = await applyTopology({ ...target, desired });
      expect(sim().control.faults().expireSessionsAtRequest).toBeNull();
      expect(run.status).toBe("SUCCEEDED");
      expect(run.configSaved).toBe(true);
      expect(run.steps.every((step) => step.result === "OK")).toBe(true);
      expect(logins()).toBe(2);
      expect((await planTopology({ ...target, desired })).summary.changes).toBe(0);
    },
  );
});
