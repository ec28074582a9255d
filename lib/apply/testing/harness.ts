// Test support for the apply engine: a simulator on loopback, a workspace with an appliance
// row pointing at it (so the real stored-connection path is used) and a topology row, and
// a fingerprint of the simulator's managed configuration for "holds exactly" assertions.
import { randomUUID } from "node:crypto";
import { applianceInputSchema } from "@/lib/appliances/schema";
import { createAppliance } from "@/lib/appliances/store";
import { getDb } from "@/lib/db/client";
import { disposeAllNitroSessions } from "@/lib/nitro";
import { createTopology } from "@/lib/topologies/store";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import type { ApplyTarget } from "../types";

/** The simulated appliance's password: tests check it never shows up in a record. */
export const SIM_PASSWORD = "Sim-Appliance-Pw-7f3a";

export function startTestSimulator(): Promise<RunningSimulator> {
  return startSimulator({ host: "127.0.0.1", probeIntervalMs: 60_000, password: SIM_PASSWORD });
}

export interface TestTarget extends ApplyTarget {
  actorId: string;
}

/**
 * Forgets what earlier tests recorded about the simulator's device (its ownership records and
 * RUNNING runs): the apply lock and ownership are per device, and a test's simulator, reset
 * to its seed, is a new box. Without this, one test's records would be another's conflicts.
 */
export async function forgetDevice(sim: RunningSimulator): Promise<void> {
  const db = getDb();
  const rows = await db.$queryRaw<{ key: string }[]>`
    SELECT netscaler_device_key(${sim.url}, NULL) AS key`;
  const deviceKey = rows[0]?.key ?? "";
  await db.appliedObject.deleteMany({ where: { deviceKey } });
  await db.applyRun.updateMany({
    where: { deviceKey, status: "RUNNING" },
    data: { status: "INTERRUPTED", error: "Left over by an earlier test." },
  });
}

/**
 * A new workspace with an appliance row for the simulator: a fresh box (see forgetDevice),
 * unless `sameBox` says another workspace's row joins a box a test already applied to.
 */
export async function createTarget(
  sim: RunningSimulator,
  name = "T",
  { sameBox = false }: { sameBox?: boolean } = {},
): Promise<TestTarget> {
  if (!sameBox) {
    await forgetDevice(sim);
    // A new box has no session yet: without this, a session the previous test left idle in
    // the pool would be reused and login counts would depend on the test order.
    await disposeAllNitroSessions();
  }
  const db = getDb();
  const userId = randomUUID();
  const workspaceId = randomUUID();
  await db.user.create({ data: { id: userId, name: "Tester", email: `${userId}@example.test` } });
  await db.workspace.create({ data: { id: workspaceId, name: "W", slug: `w-${workspaceId}` } });
  await db.membership.create({ data: { id: randomUUID(), workspaceId, userId, role: "owner" } });
  const actor = { userId, workspaceId, clientAddress: "127.0.0.1" };
  const input = applianceInputSchema.parse({
    name: "sim",
    baseUrl: sim.url,
    username: "nsroot",
    password: SIM_PASSWORD,
    tlsMode: "INSECURE",
  });
  const applianceId = await createAppliance(actor, input);
  const topologyId = await addTopology({ workspaceId, actorId: userId }, name);
  return { workspaceId, actorId: userId, applianceId, topologyId };
}

export async function addTopology(
  owner: { workspaceId: string; actorId: string },
  name: string,
): Promise<string> {
  const actor = { userId: owner.actorId, workspaceId: owner.workspaceId, clientAddress: "::1" };
  return createTopology(actor, { kind: "IGEL_UMS", name });
}

const MANAGED_TABLES = [
  "server",
  "servicegroup",
  "servicegroup_servicegroupmember_binding",
  "servicegroup_lbmonitor_binding",
  "lbmonitor",
  "lbvserver",
  "lbvserver_servicegroup_binding",
  "sslvserver",
  "sslvserver_sslcertkey_binding",
  "dnsaddrec",
  "vpnvserver",
  "vpnvserver_appcontroller_binding",
];

/** The simulator's configuration of every managed table, order- and timestamp-free. */
export function configFingerprint(sim: RunningSimulator): Record<string, string[]> {
  const tables = sim.control.snapshot().config.partitions.default ?? {};
  const out: Record<string, string[]> = {};
  for (const table of MANAGED_TABLES) {
    out[table] = (tables[table] ?? [])
      .map(({ createdat: _created, ...row }) => JSON.stringify(row, Object.keys(row).sort()))
      .sort();
  }
  return out;
}

/** Marks a run's heartbeat as hours old, as if its process had died. */
export async function makeStale(runId: string): Promise<void> {
  await getDb().applyRun.update({
    where: { id: runId },
    data: { heartbeatAt: new Date(Date.now() - 3_600_000) },
  });
}
