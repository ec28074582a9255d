// Alerts end to end below the UI, on the real database, pg-boss and a loopback receiver over
// real HTTP: a DOWN member (from a stored snapshot) fires once after its hold time with the
// monitor's last response, signed with HMAC; it resolves; a silence logs instead of sending;
// failed attempts are retried and logged; a job queued before a stop is delivered after start;
// channel secrets are encrypted at rest and never in a view or the audit log.
import { createHmac, randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { evaluateOnce, defaultSources, type EvaluatorSources } from "@/lib/alerts/evaluator";
import { saveChannel, sendTestMessage } from "@/lib/alerts/manage-channels";
import { saveRule } from "@/lib/alerts/manage-rules";
import { createSilence } from "@/lib/alerts/manage-silences";
import { startDeliveryWorker, stopDeliveryWorker } from "@/lib/alerts/runtime";
import { listChannels } from "@/lib/alerts/store/channels";
import { listAttempts, listDeliveries } from "@/lib/alerts/store/deliveries";
import { countFiring } from "@/lib/alerts/store/states";
import {
  startWebhookReceiver,
  type ReceivedRequest,
  type WebhookReceiver,
} from "@/lib/alerts/testing/webhook-receiver";
import { getDb } from "@/lib/db/client";
import { startJobs, stopJobs } from "@/lib/jobs/start-jobs";
import { memberKey, vserverKey } from "@/lib/status/keys";
import { storeSnapshot } from "@/lib/status/store";
import type { ApplianceSnapshot, LiveMember, WatchSet } from "@/lib/status/types";
import { createWorkspaceWithUser } from "@/tests/support/fixtures";
import type { Actor } from "@/lib/auth/actor";

vi.hoisted(() => {
  process.env.ALERT_ALLOWED_TARGETS = "127.0.0.1";
});

const HMAC_KEY = "alert-hmac-key-0123456789";
let boss: PgBoss;
let receiver: WebhookReceiver;

beforeAll(async () => {
  boss = await startJobs(process.env.DATABASE_URL ?? "");
  await startDeliveryWorker(boss);
  receiver = await startWebhookReceiver();
});

afterAll(async () => {
  await stopDeliveryWorker(boss);
  await stopJobs();
  await receiver.close();
});

interface Lab {
  actor: Actor;
  applianceId: string;
  topologyId: string;
  watch: WatchSet;
  sources: EvaluatorSources;
  member: string;
}

/** A workspace with an appliance, a topology watching one member and one vserver. */
async function lab(): Promise<Lab> {
  const actor = await createWorkspaceWithUser("owner");
  const db = getDb();
  const appliance = await db.appliance.create({
    data: {
      workspaceId: actor.workspaceId,
      name: "adc",
      baseUrl: "https://127.0.0.1:9",
      username: "nsroot",
      passwordEncrypted: "x",
    },
  });
  const topology = await db.topology.create({
    data: {
      workspaceId: actor.workspaceId,
      kind: "IGEL_UMS",
      name: "IGEL UMS lab",
      spec: {},
      schemaVersion: 1,
      createdById: actor.userId,
      updatedById: actor.userId,
      applianceId: appliance.id,
    },
  });
  const member = memberKey("igel_sg_8443", "ums-1", 8443);
  const watch: WatchSet = {
    topologyId: topology.id,
    vservers: [
      {
        key: vserverKey("igel_vs_8443"),
        name: "igel_vs_8443",
        label: "UMS console",
        groups: ["igel_sg_8443"],
      },
    ],
    members: [
      {
        key: member,
        label: "ums-1",
        serviceGroup: "igel_sg_8443",
        server: "ums-1",
        port: 8443,
        vservers: ["igel_vs_8443"],
      },
    ],
  };
  const sources: EvaluatorSources = {
    ...defaultSources,
    // Only this lab's topology: other tests' rules stay out of this evaluation.
    loadTarget: async (_workspaceId, topologyId) =>
      topologyId === topology.id
        ? { ok: true, applianceId: appliance.id, watch, desired: { objects: [] } as never }
        : { ok: false, notFound: true, notice: "another test's topology" },
  };
  return { actor, applianceId: appliance.id, topologyId: topology.id, watch, sources, member };
}

function liveMember(state: string, lastResponse: string | null): LiveMember {
  return {
    serviceGroup: "igel_sg_8443",
    server: "ums-1",
    ip: "10.0.0.5",
    port: 8443,
    state,
    enabled: true,
    customServerId: null,
    since: "2026-12-08T00:00:00.000Z",
    monitor: state === "DOWN" ? { name: "igel_tcp_mon", state: "DOWN", lastResponse } : null,
  };
}

async function snapshot(l: Lab, memberState: string): Promise<void> {
  const s: ApplianceSnapshot = {
    applianceId: l.applianceId,
    vservers: {
      igel_vs_8443: {
        name: "igel_vs_8443",
        ip: "10.0.0.10",
        port: 8443,
        type: "TCP",
        state: memberState === "DOWN" ? "DOWN" : "UP",
        enabled: true,
        health: memberState === "DOWN" ? 0 : 100,
        active: 1,
        total: 1,
        since: null,
      },
    },
    members: { [l.member]: liveMember(memberState, "Failure - TCP syn sent, no response") },
    haRole: "primary",
    configChanged: false,
    updatedAt: new Date().toISOString(),
    checkedAt: new Date().toISOString(),
    failure: null,
    consecutiveFailures: 0,
    intervalMs: 1000,
  };
  await storeSnapshot(s);
}

async function webhookChannel(l: Lab, hmacKey?: string) {
  return saveChannel(l.actor, {
    name: `hook-${randomUUID().slice(0, 6)}`,
    kind: "webhook",
    url: `${receiver.url}/${l.topologyId}`,
    hmacKey,
    clearHmacKey: false,
  });
}

const forTopology = (topologyId: string) => (r: ReceivedRequest) => r.path.endsWith(topologyId);

async function deliveryStatuses(l: Lab): Promise<string[]> {
  return (await listDeliveries(l.actor.workspaceId)).map((d) => `${d.event}:${d.status}`);
}

async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("alert evaluation and delivery", () => {
  it("fires once after the hold time naming the member and its monitor response, signed, then resolves", async () => {
    const l = await lab();
    const channel = await webhookChannel(l, HMAC_KEY);
    await saveRule(l.actor, {
      name: "UMS member down",
      kind: "member_down",
      holdSeconds: 30,
      topologyId: l.topologyId,
      enabled: true,
      channelIds: [channel.id],
    });
    await snapshot(l, "DOWN");
    const t0 = new Date();
    expect((await evaluateOnce(t0, l.sources)).notices).toHaveLength(0); // hold running
    expect((await evaluateOnce(new Date(t0.getTime() + 10_000), l.sources)).notices).toHaveLength(
      0,
    );

    const arrival = receiver.next(forTopology(l.topologyId));
    const fired = await evaluateOnce(new Date(t0.getTime() + 31_000), l.sources);
    expect(fired.notices.map((n) => n.event)).toEqual(["firing"]);
    const request = await arrival;
    expect(request.json).toMatchObject({
      event: "firing",
      object: { key: l.member, label: expect.stringContaining("ums-1") },
      state: "DOWN",
      since: "2026-12-08T00:00:00.000Z",
      monitor: { name: "igel_tcp_mon", lastResponse: "Failure - TCP syn sent, no response" },
    });
    expect(String(request.json.summary)).toContain("Failure - TCP syn sent, no response");
    // The signature is HMAC-SHA256 over "<timestamp>.<raw body>".
    const timestamp = String(request.headers["x-alert-timestamp"]);
    const expected = createHmac("sha256", HMAC_KEY)
      .update(`${timestamp}.${request.rawBody}`)
      .digest("hex");
    expect(request.headers["x-alert-signature"]).toBe(`sha256=${expected}`);
    expect(await countFiring(l.actor.workspaceId)).toBe(1);

    // Still DOWN: no second notice (de-duplication).
    expect((await evaluateOnce(new Date(t0.getTime() + 40_000), l.sources)).notices).toHaveLength(
      0,
    );

    await snapshot(l, "UP");
    const resolvedArrival = receiver.next(
      (r) => forTopology(l.topologyId)(r) && r.json.event === "resolved",
    );
    const resolved = await evaluateOnce(new Date(t0.getTime() + 50_000), l.sources);
    expect(resolved.notices.map((n) => n.event)).toEqual(["resolved"]);
    expect((await resolvedArrival).json).toMatchObject({
      event: "resolved",
      object: { key: l.member },
    });
    expect(await countFiring(l.actor.workspaceId)).toBe(0);
    const log = await until(
      () => deliveryStatuses(l),
      (s) => s.every((x) => x.endsWith(":sent")),
    );
    expect(log.sort()).toEqual(["firing:sent", "resolved:sent"]);
  });

  it("quietly resolves an alert whose topology is archived", async () => {
    const l = await lab();
    const channel = await webhookChannel(l);
    await saveRule(l.actor, {
      name: "member down",
      kind: "member_down",
      holdSeconds: 0,
      enabled: true,
      channelIds: [channel.id],
    });
    await snapshot(l, "DOWN");
    expect((await evaluateOnce(new Date(), l.sources)).notices).toHaveLength(1);
    expect(await countFiring(l.actor.workspaceId)).toBe(1);
    await getDb().topology.update({
      where: { id: l.topologyId },
      data: { archivedAt: new Date() },
    });
    expect((await evaluateOnce(new Date(), l.sources)).notices).toHaveLength(0);
    expect(await countFiring(l.actor.workspaceId)).toBe(0);
  });

  it("logs a silenced notice instead of sending it", async () => {
    const l = await lab();
    const channel = await webhookChannel(l);
    await saveRule(l.actor, {
      name: "any member down",
      kind: "member_down",
      holdSeconds: 0,
      enabled: true,
      channelIds: [channel.id],
    });
    await createSilence(l.actor, {
      topologyId: l.topologyId,
      reason: "UMS upgrade",
      durationMinutes: 60,
    });
    await snapshot(l, "DOWN");
    const before = receiver.received.filter(forTopology(l.topologyId)).length;
    const result = await evaluateOnce(new Date(), l.sources);
    expect(result.notices.map((n) => n.event)).toEqual(["firing"]);
    const [delivery] = await listDeliveries(l.actor.workspaceId);
    expect(delivery).toMatchObject({
      event: "firing",
      status: "silenced",
      error: "Silenced: UMS upgrade",
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.received.filter(forTopology(l.topologyId)).length).toBe(before);
  });

  it("retries a failed attempt with backoff and logs every attempt", async () => {
    const l = await lab();
    const channel = await webhookChannel(l);
    receiver.answers.push(503);
    const delivery = await sendTestMessage(l.actor, channel.id);
    const settled = await until(
      () => listAttempts(delivery.id),
      (a) => a.some((x) => x.status === "sent"),
      30_000,
    );
    expect(settled.map((a) => [a.attempt, a.status, a.httpStatus])).toEqual([
      [1, "retrying", 503],
      [2, "sent", 200],
    ]);
  });

  it("sends to a second channel while a slow receiver holds the first", async () => {
    const l = await lab();
    const slow = await webhookChannel(l);
    const fast = await webhookChannel(l);
    receiver.delays.push(4000);
    const slowArrival = receiver.next(forTopology(l.topologyId));
    const slowSent = sendTestMessage(l.actor, slow.id);
    await slowArrival; // the slow receiver has the request and holds its answer
    const fastDelivery = await sendTestMessage(l.actor, fast.id);
    const settled = await until(
      () => listAttempts(fastDelivery.id),
      (a) => a.length > 0,
      3000,
    );
    expect(settled.map((a) => a.status)).toEqual(["sent"]);
    await slowSent;
  });

  it("delivers after a restart a job queued while no worker ran", async () => {
    const l = await lab();
    const channel = await webhookChannel(l);
    await stopDeliveryWorker(boss);
    await stopJobs();
    const queuedWhileStopped = await startJobs(process.env.DATABASE_URL ?? "");
    const delivery = await sendTestMessage(l.actor, channel.id);
    await stopJobs();
    expect((await listDeliveries(l.actor.workspaceId))[0]?.status).toBe("queued");
    expect(queuedWhileStopped).toBeDefined();
    // "Restart": a new queue and worker deliver it.
    boss = await startJobs(process.env.DATABASE_URL ?? "");
    const arrival = receiver.next(forTopology(l.topologyId));
    await startDeliveryWorker(boss);
    expect((await arrival).json).toMatchObject({ event: "test" });
    const after = await until(
      () => listDeliveries(l.actor.workspaceId),
      (d) => d[0]?.status === "sent",
    );
    expect(after[0]).toMatchObject({ id: delivery.id, status: "sent", attempts: 1 });
  });

  it("keeps the URL and HMAC key encrypted, out of views and out of the audit log", async () => {
    const l = await lab();
    const channel = await webhookChannel(l, HMAC_KEY);
    const row = await getDb().alertChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(row.urlEncrypted).not.toContain("alerts-secret-path");
    expect(row.hmacKeyEncrypted).not.toContain(HMAC_KEY);
    const views = JSON.stringify(await listChannels(l.actor.workspaceId));
    expect(views).not.toContain("alerts-secret-path");
    expect(views).not.toContain(HMAC_KEY);
    expect(views).toContain('"hasHmacKey":true');
    const audits = await getDb().auditEvent.findMany({
      where: { workspaceId: l.actor.workspaceId },
    });
    const text = JSON.stringify(audits);
    expect(audits.map((a) => a.action)).toContain("alerts.channel_created");
    expect(text).not.toContain("alerts-secret-path");
    expect(text).not.toContain(HMAC_KEY);
    // An edit without a URL keeps the stored one.
    await saveChannel(l.actor, {
      id: channel.id,
      name: channel.name,
      kind: "webhook",
      clearHmacKey: false,
    });
    const kept = await getDb().alertChannel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(kept.urlEncrypted).toBe(row.urlEncrypted);
  });
});
