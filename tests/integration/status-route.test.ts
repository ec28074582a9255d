// GET /api/topologies/:id/status through the real route handler: the session guard (401, and
// 404 alike for another workspace's topology and a malformed id), the status JSON of a topology
// applied to the simulator, its history, an unreachable appliance as data (not a 5xx), and drift
// after an object is changed on the appliance behind the app's back.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applyTopology } from "@/lib/apply";
import { igelDocument } from "@/lib/apply/testing/documents";
import { createTarget, SIM_PASSWORD, type TestTarget } from "@/lib/apply/testing/harness";
import { reviewableTarget } from "../support/review-page-runs";
import type { Role } from "@/lib/auth/roles";
import { getApplianceConnection } from "@/lib/appliances/store";
import { getNitroClient } from "@/lib/nitro";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { getStatusRegistry, type TopologyStatus, type TransitionView } from "@/lib/status";
import { compile } from "@/lib/topology";
import { signInAs, signOut } from "../support/session-double";

vi.hoisted(() => {
  // Short polls so the test sees state changes quickly (read once by the global registry).
  process.env.STATUS_POLL_INTERVAL_MS = "500";
});

vi.mock("@/lib/auth/session", () => import("../support/session-double"));

const { GET } = await import("@/app/api/topologies/[id]/status/route");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function call(id: string, query = ""): Promise<Response> {
  return GET(new Request(`http://localhost/api/topologies/${id}/status${query}`), {
    params: Promise.resolve({ id }),
  });
}

async function json<T>(id: string, query = ""): Promise<T> {
  const response = await call(id, query);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function until<T>(get: () => Promise<T>, check: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await get();
    if (check(value)) return value;
    if (Date.now() > end) throw new Error(`condition not met in time: ${JSON.stringify(value)}`);
    await sleep(100);
  }
}

function signIn(target: TestTarget, role: Role = "owner"): void {
  signInAs({ userId: target.actorId, workspaceId: target.workspaceId }, role);
}

/** Saves an IGEL document on the target's topology, chooses its appliance and applies it. */
async function appliedTopology(sim: RunningSimulator, name: string): Promise<TestTarget> {
  const document = igelDocument({ servers: 2 });
  const target = await reviewableTarget(sim, name, document);
  const run = await applyTopology({ ...target, desired: compile(document) });
  expect(run.status).toBe("SUCCEEDED");
  return target;
}

let sim: RunningSimulator;
let target: TestTarget;

beforeAll(async () => {
  sim = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD });
  target = await appliedTopology(sim, "status-route");
});

afterAll(async () => {
  signOut();
  await getStatusRegistry().stopAll();
  await sim.close();
});

describe("GET /api/topologies/:id/status", () => {
  it("answers 401 without a session", async () => {
    signOut();
    const response = await call(target.topologyId);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Your session has expired. Sign in again." });
  });

  it("answers the same 404 for another workspace's topology and for a malformed id", async () => {
    // Another workspace's row for the same box: it must not wipe what the applied one owns.
    const other = await createTarget(sim, "other-workspace", { sameBox: true });
    signIn(other);
    const foreign = await call(target.topologyId);
    const malformed = await call("not-a-uuid");
    const unknown = await call(randomUUID());
    for (const response of [foreign, malformed, unknown]) expect(response.status).toBe(404);
    const bodies = await Promise.all([foreign, malformed, unknown].map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(await call(target.topologyId, "?history=1").then((r) => r.status)).toBe(404);
  });

  it("answers 200 with the live status of an applied topology", async () => {
    signIn(target, "viewer");
    const response = await call(target.topologyId);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const status = (await response.json()) as TopologyStatus;
    expect(status).toMatchObject({ topologyId: target.topologyId, notice: null });
    expect(status.appliance).toMatchObject({
      applianceId: target.applianceId,
      reachable: true,
      stale: false,
      failure: null,
    });
    expect(status.vservers.length).toBeGreaterThan(0);
    expect(status.vservers.every((v) => v.state === "UP")).toBe(true);
    expect(status.members.length).toBeGreaterThan(0);
    expect(status.members.every((m) => m.state !== "MISSING")).toBe(true);
  });

  it("shows no drift after the apply, and drift with a plan link after an edit behind its back", async () => {
    signIn(target);
    const clean = await until(
      () => json<TopologyStatus>(target.topologyId),
      (s) => s.drift !== null,
    );
    expect(clean.drift?.changes).toBe(0);

    const vserver = clean.vservers[0];
    if (!vserver) throw new Error("no vserver");
    const client = getNitroClient(
      await getApplianceConnection(target.workspaceId, target.applianceId),
    );
    try {
      await client.update("lbvserver", { name: vserver.name, timeout: 42 }); // throws if refused
    } finally {
      await client.dispose();
    }

    const drifted = await until(
      () => json<TopologyStatus>(target.topologyId, "?drift=refresh"),
      (s) => (s.drift?.changes ?? 0) > 0,
    );
    expect(drifted.drift).toMatchObject({ planUrl: `/topologies/${target.topologyId}/review` });
    expect(Date.parse(drifted.drift?.checkedAt ?? "")).toBeGreaterThan(
      Date.parse(clean.drift?.checkedAt ?? ""),
    );
  });
});

describe("an unreachable appliance through the route", () => {
  it("answers 200 with stale data and the failure, and records the transition", async () => {
    const own = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD });
    const t = await appliedTopology(own, "status-route-down");
    signIn(t);
    const before = await json<TopologyStatus>(t.topologyId);
    expect(before.appliance?.reachable).toBe(true);
    await own.close();

    const after = await until(
      () => json<TopologyStatus>(t.topologyId),
      (s) => s.appliance?.failure != null,
    );
    expect(after.appliance).toMatchObject({ reachable: false, stale: true });
    expect(after.appliance?.failure?.kind).toBe("unreachable");
    expect(after.vservers.map((v) => v.state)).toEqual(before.vservers.map((v) => v.state));

    const { transitions } = await json<{ transitions: TransitionView[] }>(
      t.topologyId,
      "?history=1&object=appliance&to=UNREACHABLE",
    );
    expect(transitions).toHaveLength(1);
    expect(transitions[0]).toMatchObject({
      objectKey: "appliance",
      fromState: "REACHABLE",
      toState: "UNREACHABLE",
    });
    const all = await json<{ transitions: TransitionView[] }>(t.topologyId, "?history=1");
    expect(all.transitions.length).toBeGreaterThanOrEqual(1);
  });
});
