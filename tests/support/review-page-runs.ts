// Set-up for tests of the review page's run actions (apply, resume, rollback): a complete
// topology on a simulator appliance with its owner signed in, and a run that died mid-way.
import { applyTopology, type ApplyRunView } from "@/lib/apply";
import { createTarget, makeStale, type TestTarget } from "@/lib/apply/testing/harness";
import type { RunningSimulator } from "@/lib/simulator";
import { setTopologyAppliance, saveTopologyDocument } from "@/lib/topologies/documents";
import { compile, type TopologyDocument } from "@/lib/topology";
import { signInAs } from "./session-double";

/** A complete topology on the simulator's appliance, its owner signed in. */
export async function reviewableTarget(
  sim: RunningSimulator,
  name: string,
  document: TopologyDocument,
): Promise<TestTarget> {
  const target = await createTarget(sim, name);
  const actor = { userId: target.actorId, workspaceId: target.workspaceId, clientAddress: "::1" };
  const { version } = await saveTopologyDocument(actor, {
    id: target.topologyId,
    expectedVersion: 1,
    document,
  });
  await setTopologyAppliance(actor, {
    id: target.topologyId,
    applianceId: target.applianceId,
    expectedVersion: version,
  });
  signInAs({ userId: target.actorId, workspaceId: target.workspaceId }, "owner");
  return target;
}

/** A run whose process died after four successful steps: stale, as a restart finds it. */
export async function crashedRun(
  target: TestTarget,
  document: TopologyDocument,
): Promise<ApplyRunView> {
  const abandon = new AbortController();
  let ok = 0;
  const run = await applyTopology({
    ...target,
    desired: compile(document),
    abandon: abandon.signal,
    onStep: (step) => {
      if (step.result === "OK" && ++ok >= 4) abandon.abort();
    },
  });
  await makeStale(run.id);
  return run;
}
