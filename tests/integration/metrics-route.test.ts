// GET /metrics through the real route handler and a real database: 404 while METRICS_TOKEN is
// unset, 401 with no detail for a missing or wrong bearer, and the Prometheus text of the stored
// status (vservers, members, certificates, polls) labelled by appliance, topology, vserver and
// member, read without a single NITRO request and without any secret.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { xenMobileDocument } from "@/lib/apply/testing/documents";
import { createTarget, SIM_PASSWORD } from "@/lib/apply/testing/harness";
import { getDb } from "@/lib/db/client";
import { metricsHandler } from "@/lib/metrics/route-handler";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { memberKey } from "@/lib/status/keys";
import { storeSnapshot } from "@/lib/status/store";
import type { ApplianceSnapshot } from "@/lib/status/types";
import { setTopologyAppliance, saveTopologyDocument } from "@/lib/topologies/documents";
import { createTopology } from "@/lib/topologies/store";
import { signOut } from "../support/session-double";

const TOKEN = vi.hoisted(() => {
  const token = `metrics-${Math.random().toString(36).slice(2)}-${"x".repeat(32)}`;
  process.env.METRICS_TOKEN = token;
  return token;
});

vi.mock("@/lib/auth/session", () => import("../support/session-double"));

const { GET } = await import("@/app/metrics/route");

const scrape = (authorization?: string) =>
  GET(
    new Request("http://localhost/metrics", {
      headers: authorization ? { authorization } : {},
    }),
    { params: Promise.resolve({}) },
  );

let sim: RunningSimulator;
let target: { applianceId: string; topologyId: string };
const hmacLikeSecret = randomBytes(16).toString("hex");
const APPLIANCE = `metrics-sim-${randomBytes(4).toString("hex")}`;

beforeAll(async () => {
  sim = await startSimulator({ probeIntervalMs: 60_000, password: SIM_PASSWORD });
  // A XenMobile topology (it uses a certificate) on the simulator's appliance, never polled:
  // the snapshot below is what the watcher would have stored.
  const base = await createTarget(sim, "metrics");
  const actor = { userId: base.actorId, workspaceId: base.workspaceId, clientAddress: "::1" };
  const topologyId = await createTopology(actor, {
    kind: "XENMOBILE",
    name: `metrics ${hmacLikeSecret}`,
  });
  const { version } = await saveTopologyDocument(actor, {
    id: topologyId,
    expectedVersion: 1,
    document: xenMobileDocument(),
  });
  await setTopologyAppliance(actor, {
    id: topologyId,
    applianceId: base.applianceId,
    expectedVersion: version,
  });
  target = { applianceId: base.applianceId, topologyId };
  // Other test files name their appliances "sim" too: a name of its own keeps the labels plain.
  await getDb().appliance.update({ where: { id: base.applianceId }, data: { name: APPLIANCE } });
  const now = new Date();
  const snapshot: ApplianceSnapshot = {
    applianceId: target.applianceId,
    vservers: {
      xms_mam_vs_8443: {
        name: "xms_mam_vs_8443",
        ip: "10.20.1.51",
        port: 8443,
        type: "SSL",
        state: "DOWN",
        enabled: true,
        health: 50,
        active: 1,
        total: 2,
        since: null,
      },
    },
    members: {
      [memberKey("xms_mam_sg_8443", "xms_srv_xms1", 8443)]: {
        serviceGroup: "xms_mam_sg_8443",
        server: "xms_srv_xms1",
        ip: "10.20.1.11",
        port: 8443,
        state: "UP",
        enabled: true,
        customServerId: "1",
        since: null,
      },
      [memberKey("xms_mam_sg_8443", "xms_srv_xms2", 8443)]: {
        serviceGroup: "xms_mam_sg_8443",
        server: "xms_srv_xms2",
        ip: "10.20.1.12",
        port: 8443,
        state: "DOWN",
        enabled: true,
        customServerId: "2",
        since: null,
        monitor: { name: "xms_mon", state: "DOWN", lastResponse: "Failure - TCP syn sent" },
      },
    },
    haRole: "primary",
    configChanged: false,
    updatedAt: new Date(now.getTime() - 20_000).toISOString(),
    checkedAt: now.toISOString(),
    failure: { kind: "timeout", message: "The appliance did not answer in time." },
    consecutiveFailures: 2,
    intervalMs: 5000,
    lastPollMs: 1250,
    certificates: {
      "xms-cert": { name: "xms-cert", daysToExpiry: 6, expiresAt: "2026-12-14T00:00:00.000Z" },
    },
    certificatesReadAt: now.toISOString(),
  };
  await storeSnapshot(snapshot);
  // Two deliveries to a webhook channel, as the alert queue stores them.
  const channel = await getDb().alertChannel.create({
    data: { workspaceId: base.workspaceId, name: "ops webhook", kind: "webhook" },
  });
  for (const status of ["sent", "failed"])
    await getDb().alertDelivery.create({
      data: {
        workspaceId: base.workspaceId,
        channelId: channel.id,
        channelName: channel.name,
        event: "firing",
        summary: "Member DOWN",
        notice: {},
        status,
      },
    });
  signOut(); // /metrics needs no session: the token is the credential
});

afterAll(async () => {
  await sim.close();
});

describe("GET /metrics", () => {
  it("answers 404 while METRICS_TOKEN is not set", async () => {
    const response = await metricsHandler(() => undefined)(new Request("http://localhost/metrics"));
    expect(response.status).toBe(404);
  });

  it.each([
    ["no header", undefined],
    ["a wrong token", "Bearer wrong-token-of-some-length-000000000000"],
    ["the token with a suffix", `Bearer ${TOKEN}x`],
    ["the token without Bearer", TOKEN],
    ["Basic auth", `Basic ${Buffer.from(`x:${TOKEN}`).toString("base64")}`],
  ])("answers 401 with no detail for %s", async (_, authorization) => {
    const response = await scrape(authorization);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("Unauthorized\n");
  });

  it("answers the stored status in the Prometheus text format, without a NITRO request", async () => {
    const before = sim.control.counters().total;
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(sim.control.counters().total).toBe(before);

    const topology = `metrics ${hmacLikeSecret}`;
    const series = (name: string, labels: string) =>
      new RegExp(`^netscaler_ha_${name}\\{${labels}\\} (\\S+)$`, "m");
    const at = (name: string, labels: string) => series(name, labels).exec(text)?.[1];
    const base = `appliance="${APPLIANCE}",topology="${topology}"`;
    expect(at("vserver_up", `${base},vserver="xms_mam_vs_8443"`)).toBe("0");
    expect(at("vserver_state", `${base},vserver="xms_mam_vs_8443",state="DOWN"`)).toBe("1");
    expect(at("vserver_health_percent", `${base},vserver="xms_mam_vs_8443"`)).toBe("50");
    // Vservers the snapshot lacks are reported MISSING, not left out.
    expect(text).toMatch(
      /netscaler_ha_vserver_state\{[^}]*vserver="xms_mdm_vs_443",state="MISSING"\} 1/,
    );
    const member = (server: string) =>
      `${base},vserver="xms_mam_vs_8443",member="${server}:8443",service_group="xms_mam_sg_8443"`;
    expect(at("member_up", member("xms_srv_xms1"))).toBe("1");
    expect(at("member_up", member("xms_srv_xms2"))).toBe("0");
    expect(at("certificate_days_to_expiry", `${base},certificate="xms-cert"`)).toBe("6");
    expect(at("certificate_level", `${base},certificate="xms-cert",level="critical"`)).toBe("1");
    expect(at("appliance_reachable", `appliance="${APPLIANCE}"`)).toBe("0");
    expect(at("poll_duration_seconds", `appliance="${APPLIANCE}"`)).toBe("1.25");
    expect(at("poll_consecutive_failures", `appliance="${APPLIANCE}"`)).toBe("2");
    expect(at("poll_failure", `appliance="${APPLIANCE}",kind="timeout"`)).toBe("1");
    expect(
      Number(at("last_good_poll_age_seconds", `appliance="${APPLIANCE}"`)),
    ).toBeGreaterThanOrEqual(20);
    // Other test files add deliveries too: at least this file's own are counted.
    for (const outcome of ["sent", "failed"])
      expect(
        Number(at("alert_deliveries", `channel_kind="webhook",outcome="${outcome}"`)),
      ).toBeGreaterThanOrEqual(1);
    expect(text).toContain("# HELP netscaler_ha_vserver_up ");
    expect(text).toContain("# TYPE netscaler_ha_member_up gauge");

    for (const secret of [SIM_PASSWORD, TOKEN, sim.url]) expect(text).not.toContain(secret);
  });
});
