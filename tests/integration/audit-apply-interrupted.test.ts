// A run whose process died is declared INTERRUPTED by whichever request notices first; the
// audit log gets one event per run, with no actor, even when several app instances notice at
// the same moment.
import { describe, expect, it } from "vitest";
import { describeEntry } from "@/lib/audit/describe-entry";
import { createAppliance } from "@/lib/appliances/store";
import { markStaleRuns } from "@/lib/apply/store/runs";
import { listAuditEvents } from "@/lib/audit/query";
import { getDb } from "@/lib/db/client";
import { pinnedApplianceInput, uniqueLoopbackUrl } from "@/lib/appliances/testing/appliance-input";
import { createTopology } from "@/lib/topologies/store";
import { createWorkspaceWithUser } from "../support/fixtures";

const HOUR = 3_600_000;
/** Older than this is stale here; the runs below are two hours silent (or just alive). */
const staleBefore = () => new Date(Date.now() - HOUR);

type Owner = Awaited<ReturnType<typeof createWorkspaceWithUser>>;

async function appliance(owner: Owner, name: string): Promise<string> {
  return createAppliance(owner, pinnedApplianceInput({ name, baseUrl: uniqueLoopbackUrl() }));
}

/** A RUNNING run (one per appliance: the lock) whose heartbeat is `silentMs` old. */
async function runningRun(owner: Owner, topologyId: string, applianceId: string, silentMs: number) {
  const run = await getDb().applyRun.create({
    data: {
      workspaceId: owner.workspaceId,
      topologyId,
      applianceId,
      actorId: owner.userId,
      status: "RUNNING",
      options: {},
      heartbeatAt: new Date(Date.now() - silentMs),
    },
  });
  return run.id;
}

/** Three dead runs on two topologies, and a live one that must be left alone. */
async function runs() {
  const owner = await createWorkspaceWithUser("owner");
  const production = await createTopology(owner, { kind: "IGEL_UMS", name: "UMS production" });
  const staging = await createTopology(owner, { kind: "IGEL_UMS", name: "UMS staging" });
  const appliances = await Promise.all(
    ["adc1", "adc2", "adc3", "adc4"].map((name) => appliance(owner, name)),
  );
  const [a1 = "", a2 = "", a3 = "", a4 = ""] = appliances;
  const dead = [
    {
      runId: await runningRun(owner, production, a1, 2 * HOUR),
      topologyId: production,
      applianceId: a1,
    },
    {
      runId: await runningRun(owner, production, a2, 2 * HOUR),
      topologyId: production,
      applianceId: a2,
    },
    { runId: await runningRun(owner, staging, a3, 2 * HOUR), topologyId: staging, applianceId: a3 },
  ];
  const live = await runningRun(owner, staging, a4, 0);
  return { owner, dead, live, appliances };
}

const interruptions = (workspaceId: string) =>
  getDb().auditEvent.findMany({
    where: { workspaceId, action: "topology.apply_interrupted" },
    orderBy: { createdAt: "asc" },
  });

const statusOf = async (runId: string) =>
  (await getDb().applyRun.findUniqueOrThrow({ where: { id: runId } })).status;

describe("interrupted apply runs in the audit log", () => {
  it("records each run it interrupts once, with no actor, against the run's topology", async () => {
    const { owner, dead, live } = await runs();
    const marked = await Promise.all(
      dead.map(({ applianceId }) => markStaleRuns(staleBefore(), applianceId)),
    );
    expect(marked).toEqual([1, 1, 1]);
    const events = await interruptions(owner.workspaceId);
    expect(
      events
        .map((e) => ({
          actorId: e.actorId,
          targetType: e.targetType,
          targetId: e.targetId,
          detail: e.detail,
          ipAddress: e.ipAddress,
        }))
        .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    ).toEqual(
      dead
        .map(({ runId, topologyId }) => ({
          actorId: null,
          targetType: "topology",
          targetId: topologyId,
          detail: { runId },
          ipAddress: null,
        }))
        .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
    );
    for (const { runId } of dead) expect(await statusOf(runId)).toBe("INTERRUPTED");
    expect(await statusOf(live)).toBe("RUNNING");

    // Noticing again finds nothing left to interrupt, and records nothing more.
    expect(await markStaleRuns(staleBefore(), dead[0]?.applianceId)).toBe(0);
    expect(await interruptions(owner.workspaceId)).toHaveLength(3);
  });

  it("records each run once when several instances notice at the same moment", async () => {
    const { owner, dead, appliances } = await runs();
    // Five "instances" per appliance, all at once: only the call that changed a row records it.
    const calls = appliances.flatMap((applianceId) =>
      Array.from({ length: 5 }, () => markStaleRuns(staleBefore(), applianceId)),
    );
    const marked = await Promise.all(calls);
    expect(marked.reduce((sum, n) => sum + n, 0)).toBe(dead.length);
    const events = await interruptions(owner.workspaceId);
    const runIds = events.map((e) => (e.detail as { runId: string }).runId);
    expect([...runIds].sort()).toEqual(dead.map((d) => d.runId).sort());
  });

  it("reads as a sentence in the workspace's log", async () => {
    const { owner, dead } = await runs();
    await markStaleRuns(staleBefore(), dead[0]?.applianceId);
    const page = await listAuditEvents(owner.workspaceId, {
      action: "topology.apply_interrupted",
    });
    expect(page.entries.map(describeEntry)).toEqual([
      "An apply of topology UMS production was interrupted (the app stopped mid-run)",
    ]);
    expect(page.entries[0]?.actor).toBeNull();
  });
});
