// Property tests over the compiler's arbitrary documents, on the simulator: apply → plan shows
// zero changes; apply A then B → the appliance holds exactly what applying B alone gives.
// numRuns stay small: each run is a few dozen real HTTP requests and database writes.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { configFingerprint, createTarget, startTestSimulator } from "@/lib/apply/testing/harness";
import type { RunningSimulator } from "@/lib/simulator";
import { compile, type DesiredConfig, type TopologyDocument } from "@/lib/topology";
import {
  igelUmsDocumentArb,
  topologyDocumentArb,
  xenMobileDocumentArb,
} from "@/lib/topology/testing/arbitraries";

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

/** The seeded appliance has certificate xms-cert and Gateway ag_vs: point XenMobile at them. */
function onSeededAppliance(doc: TopologyDocument): DesiredConfig {
  if (doc.kind === "IGEL_UMS") return compile(doc);
  const gateway = { ...doc.gateway, vserverName: "ag_vs" };
  return compile({ ...doc, gateway, mam: { ...doc.mam, certificate: "xms-cert" } });
}

const options = { confirmReplace: true };

describe("apply properties (simulator)", () => {
  it("apply, then plan: zero changes", async () => {
    await fc.assert(
      fc.asyncProperty(topologyDocumentArb, async (doc) => {
        sim.control.reset();
        const target = await createTarget(sim);
        const desired = onSeededAppliance(doc);
        const run = await applyTopology({ ...target, desired, options });
        expect(run.error).toBeNull();
        expect(run.status).toBe("SUCCEEDED");
        expect(run.driftAfter).toBe(0);
        expect((await planTopology({ ...target, desired })).summary.changes).toBe(0);
      }),
      { numRuns: 6 },
    );
  });

  it.each([
    ["IGEL UMS", igelUmsDocumentArb],
    ["XenMobile", xenMobileDocumentArb],
  ] as const)("%s: apply A then B holds exactly B", async (_kind, arb) => {
    await fc.assert(
      fc.asyncProperty(arb, arb, async (docA, docB) => {
        sim.control.reset();
        const target = await createTarget(sim);
        const a = onSeededAppliance(docA);
        const b = onSeededAppliance(docB);
        expect((await applyTopology({ ...target, desired: a, options })).status).toBe("SUCCEEDED");
        const run = await applyTopology({ ...target, desired: b, options });
        expect(run.status).toBe("SUCCEEDED");
        expect(run.driftAfter).toBe(0);
        const afterAB = configFingerprint(sim);

        sim.control.reset();
        const fresh = await createTarget(sim);
        expect((await applyTopology({ ...fresh, desired: b, options })).status).toBe("SUCCEEDED");
        expect(afterAB).toEqual(configFingerprint(sim));
      }),
      { numRuns: 3 },
    );
  });
});
