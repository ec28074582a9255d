// The poller stores how long each poll took (ApplianceSnapshot.lastPollMs), which /metrics
// serves as netscaler_ha_poll_duration_seconds: a real poll of the simulator over HTTP.
import { afterAll, beforeAll, expect, it } from "vitest";
import { igelDocument } from "@/lib/apply/testing/documents";
import { SIM_PASSWORD } from "@/lib/apply/testing/harness";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { StatusRegistry } from "@/lib/status";
import { loadSnapshot } from "@/lib/status/store";
import { reviewableTarget } from "../support/review-page-runs";
import { signOut } from "../support/session-double";

let sim: RunningSimulator;
const registry = new StatusRegistry({ intervalMs: 1000, driftEveryMs: 0 });

beforeAll(async () => {
  sim = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD });
});

afterAll(async () => {
  signOut();
  await registry.stopAll();
  await sim.close();
});

it("stores the duration of every poll with the snapshot", async () => {
  const target = await reviewableTarget(sim, "poll-duration", igelDocument({ servers: 1 }));
  // The first status request waits for the first poll, which stores the snapshot.
  const result = await registry.getTopologyStatus(target.workspaceId, target.topologyId);
  expect(result.ok && result.status.appliance?.checkedAt).toBeTruthy();
  const snapshot = await loadSnapshot(target.applianceId);
  expect(snapshot?.lastPollMs).toEqual(expect.any(Number));
  expect(snapshot?.lastPollMs).toBeGreaterThan(0);
  expect(snapshot?.lastPollMs).toBeLessThan(60_000);
});
