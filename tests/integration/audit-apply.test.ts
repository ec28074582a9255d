// Applies, resumes and rollbacks each leave a start and an outcome in the audit log, with the
// person and the address they came from: through the review page's server actions, as a
// browser uses them (session and client address stubbed).
import { describe, expect, it, vi } from "vitest";
import { applyTopology, planTopology } from "@/lib/apply";
import { igelDocument } from "@/lib/apply/testing/documents";
import { createTarget, type TestTarget } from "@/lib/apply/testing/harness";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import { getDb } from "@/lib/db/client";
import { compile } from "@/lib/topology";
import { validateWizard } from "@/lib/wizard/validate";
import { crashedRun, reviewableTarget } from "../support/review-page-runs";
import { setClientAddress } from "../support/session-double";

const ADDRESS = "203.0.113.50";
vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

setClientAddress(ADDRESS);

const { applyTopologyAction, resumeApplyRunAction, rollbackApplyRunAction } =
  await import("@/app/(app)/topologies/[id]/review/actions");

const sim = simulatorPerFile();
const document = () => igelDocument({ servers: 2 });
// The admin ticked "I have read the warnings" on Review (the unticked prerequisites).
const acknowledgedWarnings = validateWizard(document()).warnings.length;

const reviewable = () => reviewableTarget(sim(), "audit-apply", document());

const RUN_ACTIONS = [
  "topology.apply_started",
  "topology.apply_resumed",
  "topology.apply",
  "topology.rollback_started",
  "topology.rollback",
];

async function runEvents(topologyId: string) {
  const events = await getDb().auditEvent.findMany({
    where: { targetId: topologyId, action: { in: RUN_ACTIONS } },
    orderBy: { createdAt: "asc" },
  });
  return events.map((event) => ({
    action: event.action,
    actorId: event.actorId,
    ipAddress: event.ipAddress,
    detail: event.detail as Record<string, unknown>,
  }));
}

/** Waits for the run's outcome event (an apply from the page goes on after the action returns). */
async function outcomeOf(topologyId: string, runId: string, outcome = "topology.apply") {
  for (let tries = 0; tries < 300; tries++) {
    const events = await runEvents(topologyId);
    if (events.some((e) => e.action === outcome && e.detail.runId === runId)) {
      return events.filter((e) => e.detail.runId === runId);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`run ${runId} recorded no outcome`);
}

const crashOf = (target: TestTarget) => crashedRun(target, document());

const dataOf = <T>(result: { ok: true; data: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.data;
};

describe("audit events of applies", () => {
  it("records who applied, from where: the start and the outcome", async () => {
    const target = await reviewable();
    const plan = await planTopology({ ...target, desired: compile(document()) });
    const { runId } = dataOf(
      await applyTopologyAction({
        topologyId: target.topologyId,
        expectedPlanHash: plan.hash,
        acknowledgedWarnings,
      }),
    );
    const events = await outcomeOf(target.topologyId, runId);
    const who = { actorId: target.actorId, ipAddress: ADDRESS };
    expect(events).toEqual([
      {
        action: "topology.apply_started",
        ...who,
        detail: {
          runId,
          resumeOfId: null,
          adopt: [],
          confirmReplace: false,
          saveConfig: true,
          applianceId: target.applianceId,
        },
      },
      {
        action: "topology.apply",
        ...who,
        detail: { runId, status: "SUCCEEDED", error: null, applianceId: target.applianceId },
      },
    ]);
  });

  it("records an apply refused under the lock (stale plan) as started, then failed", async () => {
    const target = await reviewable();
    const { runId } = dataOf(
      await applyTopologyAction({
        topologyId: target.topologyId,
        expectedPlanHash: "stale",
        acknowledgedWarnings,
      }),
    );
    const events = await outcomeOf(target.topologyId, runId);
    expect(events.map((e) => [e.action, e.detail.status, e.ipAddress])).toEqual([
      ["topology.apply_started", undefined, ADDRESS],
      ["topology.apply", "FAILED", ADDRESS],
    ]);
    expect(events[1]?.detail.error).toContain("changed since this plan was made");
  });

  it("records a resume of an interrupted run as resumed, then its outcome", async () => {
    const target = await reviewable();
    const crashed = await crashOf(target);
    const reviewed = await planTopology({ ...target, desired: compile(document()) });
    const { runId } = dataOf(
      await resumeApplyRunAction({
        topologyId: target.topologyId,
        runId: crashed.id,
        expectedPlanHash: reviewed.hash,
      }),
    );
    const events = await outcomeOf(target.topologyId, runId);
    expect(events.map((e) => [e.action, e.actorId, e.ipAddress])).toEqual([
      ["topology.apply_resumed", target.actorId, ADDRESS],
      ["topology.apply", target.actorId, ADDRESS],
    ]);
    expect(events[0]?.detail.resumeOfId).toBe(crashed.id);
    expect(events[1]?.detail.status).toBe("SUCCEEDED");
  });

  it("records a rollback of an interrupted run as started, then rolled back", async () => {
    const target = await reviewable();
    const crashed = await crashOf(target);
    dataOf(await rollbackApplyRunAction({ topologyId: target.topologyId, runId: crashed.id }));
    // The action answers once the rollback holds the lock; wait for its outcome.
    await outcomeOf(target.topologyId, crashed.id, "topology.rollback");
    const events = (await runEvents(target.topologyId)).filter((e) =>
      e.action.startsWith("topology.rollback"),
    );
    expect(events).toEqual([
      {
        action: "topology.rollback_started",
        actorId: target.actorId,
        ipAddress: ADDRESS,
        detail: {
          runId: crashed.id,
          previousStatus: "INTERRUPTED",
          applianceId: target.applianceId,
        },
      },
      {
        action: "topology.rollback",
        actorId: target.actorId,
        ipAddress: ADDRESS,
        detail: {
          runId: crashed.id,
          status: "ROLLED_BACK",
          error: null,
          applianceId: target.applianceId,
        },
      },
    ]);
  });

  it("records an apply that failed and undid itself as an apply outcome, not a rollback", async () => {
    const target = await createTarget(sim(), "audit-auto-rollback");
    sim().control.setFaults({ failNthWrite: 3 });
    const run = await applyTopology({
      ...target,
      desired: compile(document()),
      origin: { clientAddress: "192.0.2.80", via: { via: "test" } },
    });
    sim().control.clearFaults();
    expect(run.status).toBe("ROLLED_BACK");
    const events = await runEvents(target.topologyId);
    expect(
      events.map((e) => [e.action, e.detail.status ?? null, e.ipAddress, e.detail.via]),
    ).toEqual([
      ["topology.apply_started", null, "192.0.2.80", "test"],
      ["topology.apply", "ROLLED_BACK", "192.0.2.80", "test"],
    ]);
  });
});
