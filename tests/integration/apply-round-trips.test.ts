// Round trips of a plan and an apply, measured at the simulator: each request's arrival and
// answer are recorded, and requests overlapping in time form one wave (countWaves). With
// added latency a wave is one round trip the engine paid for. Also: one plan per apply (no
// resource read twice before the first write), one session for a plan and the apply after it,
// and a bulk request with one failed item rolls back exactly what the others created.
import { describe, expect, it } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { dependencyDepth } from "@/lib/apply/levels";
import { isBinding } from "@/lib/apply/requests";
import { igelDesiredConfig } from "@/lib/apply/testing/documents";
import { desiredFromFile, EXAMPLE_FILES } from "@/lib/apply/testing/example-desired";
import { configFingerprint, createTarget } from "@/lib/apply/testing/harness";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { getDb } from "@/lib/db/client";
import { disposeAllNitroSessions } from "@/lib/nitro";
import type { RequestSpan } from "@/lib/simulator";

const sim = simulatorPerFile();
// Enough for requests sent together to overlap at the simulator even on a busy machine.
const LATENCY_MS = 100;

/**
 * A plan first, untimed: a long-running server has warm code. Then the session is logged out,
 * so what is measured starts from a cold login.
 */
async function warmUp(target: Parameters<typeof planTopology>[0]): Promise<void> {
  await planTopology(target);
  await disposeAllNitroSessions();
  sim().control.resetCounters();
  sim().control.setFaults({ latencyMs: LATENCY_MS });
}

const gets = (spans: readonly RequestSpan[]) => spans.filter((s) => s.key.startsWith("GET "));
const configWrites = (spans: readonly RequestSpan[]) =>
  spans.filter((s) => s.key.startsWith("POST config/") && !/login|nsconfig/.test(s.key));

describe("round trips", () => {
  it("reads one plan's resources in parallel: the login, then one wave of reads", async () => {
    const target = await createTarget(sim());
    const desired = desiredFromFile(EXAMPLE_FILES.xms);
    await warmUp({ ...target, desired });
    await planTopology({ ...target, desired });
    const spans = sim().control.requestSpans();
    expect(gets(spans).length).toBeGreaterThanOrEqual(10);
    expect(sim().control.waves()).toBe(2);
    const firstAnswer = Math.min(...gets(spans).map((s) => s.end));
    expect(gets(spans).every((s) => s.start < firstAnswer)).toBe(true);
  });

  it.each(Object.entries(EXAMPLE_FILES))(
    "applies the %s example in (dependency depth + 4) round trips, objects then bindings",
    async (_name, file) => {
      const target = await createTarget(sim());
      const desired = desiredFromFile(file);
      await warmUp({ ...target, desired });
      const run = await applyTopology({ ...target, desired });
      expect(run.status).toBe("SUCCEEDED");
      expect(run.driftAfter).toBe(0);
      const spans = sim().control.requestSpans();
      expect(dependencyDepth(desired)).toBe(2);
      expect(sim().control.waves()).toBeLessThanOrEqual(dependencyDepth(desired) + 4);

      const writes = configWrites(spans);
      const objects = writes.filter((s) => !isBinding(s.key.slice("POST config/".length)));
      const bindings = writes.filter((s) => isBinding(s.key.slice("POST config/".length)));
      // One bulk request per resource type, every object type in one stage, then the bindings.
      expect(new Set(writes.map((s) => s.key)).size).toBe(writes.length);
      expect(objects.length).toBeGreaterThanOrEqual(3);
      const objectsAnswered = Math.max(...objects.map((s) => s.end));
      expect(objects.every((s) => s.start < Math.min(...objects.map((o) => o.end)))).toBe(true);
      expect(bindings.every((s) => s.start >= objectsAnswered)).toBe(true);
      expect(bindings.every((s) => s.start < Math.min(...bindings.map((b) => b.end)))).toBe(true);
      // The save and the read-back leave together.
      const save = spans.find((s) => s.key === "POST config/nsconfig");
      const readBack = gets(spans).filter(
        (s) => save && s.start >= Math.min(...bindings.map((b) => b.end)),
      );
      expect(save).toBeDefined();
      expect(readBack.length).toBeGreaterThan(0);
      expect(readBack.every((s) => save && s.start < save.end)).toBe(true);
    },
  );

  it("makes one plan per apply: no read repeated before the first write, hanode read once", async () => {
    const target = await createTarget(sim());
    const desired = desiredFromFile(EXAMPLE_FILES.xms);
    sim().control.resetCounters();
    const run = await applyTopology({ ...target, desired });
    expect(run.status).toBe("SUCCEEDED");
    const spans = sim().control.requestSpans();
    const firstWrite = Math.min(...configWrites(spans).map((s) => s.start));
    const planReads = gets(spans)
      .filter((s) => s.start < firstWrite)
      .map((s) => s.key);
    expect(planReads.length).toBeGreaterThan(1);
    expect(new Set(planReads).size).toBe(planReads.length);
    expect(sim().control.counters()["GET config/hanode"]).toBe(1);
  });

  it("plans and then applies on one NITRO session: one login, no logout in between", async () => {
    const target = await createTarget(sim());
    const desired = desiredFromFile(EXAMPLE_FILES.igel);
    sim().control.resetCounters();
    const plan = await planTopology({ ...target, desired });
    const again = await planTopology({ ...target, desired });
    const run = await applyTopology({
      ...target,
      desired,
      options: { expectedPlanHash: plan.hash },
    });
    expect(again.hash).toBe(plan.hash);
    expect(run.status).toBe("SUCCEEDED");
    expect(sim().control.counters()["POST config/login"]).toBe(1);
    expect(sim().control.counters()["POST config/logout"]).toBeUndefined();
  });
});

describe("a bulk request with one failed item", () => {
  it("records which item failed and rolls back exactly the ones created", async () => {
    const target = await createTarget(sim());
    // Only the servers: one stage, one bulk request of three.
    const all = igelDesiredConfig({ servers: 3 });
    const desired = { objects: all.objects.filter((o) => o.resource === "server") };
    const before = configFingerprint(sim());
    sim().control.resetCounters();
    sim().control.setFaults({ failNthWrite: 2 });
    const run = await applyTopology({ ...target, desired });
    expect(sim().control.counters()["POST config/server"]).toBe(1);
    expect(run.status).toBe("ROLLED_BACK");
    const creates = run.steps.filter((s) => !s.isUndo);
    expect(creates.map((s) => s.result)).toEqual(["OK", "FAILED", "OK"]);
    expect(creates[1]?.errorcode).toBe(1239);
    const undone = run.steps.filter((s) => s.isUndo && s.result === "OK");
    expect(undone.map((s) => s.undoOfSeq).sort()).toEqual(
      [creates[0]?.seq, creates[2]?.seq].sort(),
    );
    expect(configFingerprint(sim())).toEqual(before);
    expect(await getDb().appliedObject.count({ where: { topologyId: target.topologyId } })).toBe(0);
  });
});
