// The shared view for people without an account, end to end on the server: the page (rendered
// to HTML, as the browser gets it) and the public status route, for the example topologies
// applied to a simulator on loopback. Addresses are masked unless the link shows them, the
// appliance's credentials never appear, a revoked or expired link is a 404 on the next poll,
// and visitors share one plan per topology per minute.
import { readFileSync } from "node:fs";
import { createElement, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applyTopology } from "@/lib/apply";
import { createTarget, SIM_PASSWORD, type TestTarget } from "@/lib/apply/testing/harness";
import { getDb } from "@/lib/db/client";
import { createShareLink } from "@/lib/share/store";
import { createTopology, renameTopology } from "@/lib/topologies/store";
import { saveTopologyDocument, setTopologyAppliance } from "@/lib/topologies/documents";
import { sharedPlanCache } from "@/lib/share/shared-plan";
import { loadSharedView, type SharedView } from "@/lib/share/shared-view";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";
import { getStatusRegistry, type TopologyStatus, type TransitionView } from "@/lib/status";
import { compile } from "@/lib/topology/compile";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import type { TopologyDraft } from "@/lib/topology/schema";
import { validateDocument } from "@/lib/topology/validate";

vi.hoisted(() => {
  process.env.STATUS_POLL_INTERVAL_MS = "500";
});

// Counts appliance plans, to see that visitors share one (the real planner still runs).
const planCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/apply", async (original) => {
  const real = await original<typeof import("@/lib/apply")>();
  return {
    ...real,
    planTopology: async (...args: Parameters<typeof real.planTopology>) => {
      planCalls.count++;
      return real.planTopology(...args);
    },
  };
});

const { GET } = await import("@/app/api/share/[token]/status/route");
const { default: SharedTopologyPage } = await import("@/app/share/[token]/page");

const USERNAME = "nsroot";
const ADDRESS = /(?<![\d.])10\.\d{1,3}\.\d{1,3}\.\d{1,3}/;

function example(file: string): TopologyDraft {
  return JSON.parse(readFileSync(file, "utf8")) as TopologyDraft;
}

/** The example saved on a topology of the target's workspace, its appliance chosen. */
async function exampleTopology(
  target: TestTarget,
  kind: TopologyKind,
  file: string,
  name: string,
): Promise<{ id: string; document: TopologyDraft }> {
  const actor = { userId: target.actorId, workspaceId: target.workspaceId, clientAddress: "::1" };
  const id = await createTopology(actor, { kind, name });
  const document = example(file);
  const { version } = await saveTopologyDocument(actor, { id, expectedVersion: 1, document });
  await setTopologyAppliance(actor, {
    id,
    applianceId: target.applianceId,
    expectedVersion: version,
  });
  return { id, document };
}

async function link(target: TestTarget, topologyId: string, showAddresses: boolean) {
  const actor = { userId: target.actorId, workspaceId: target.workspaceId, clientAddress: "::1" };
  return createShareLink(actor, {
    topologyId,
    label: showAddresses ? "with addresses" : "",
    expiresInMinutes: 60,
    showAddresses,
  });
}

async function renderPage(token: string): Promise<string> {
  const element = (await SharedTopologyPage({
    params: Promise.resolve({ token }),
  })) as ReactElement;
  return renderToString(createElement(() => element));
}

async function status(token: string, query = ""): Promise<Response> {
  return GET(new Request(`http://localhost/api/share/${token}/status${query}`), {
    params: Promise.resolve({ token }),
  });
}

async function statusJson<T = TopologyStatus>(token: string, query = ""): Promise<T> {
  const response = await status(token, query);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** Every payload a visitor of the link receives: page HTML, its view model, status, history. */
async function everything(token: string): Promise<{ view: SharedView; texts: string[] }> {
  const view = await loadSharedView(token);
  if (!view) throw new Error("the link does not resolve");
  const texts = [
    await renderPage(token),
    JSON.stringify(view),
    JSON.stringify(await statusJson(token)),
    JSON.stringify(await statusJson(token, "?history=1")),
  ];
  return { view, texts };
}

let sim: RunningSimulator;
let target: TestTarget;
let igel: { id: string; document: TopologyDraft };
let xenMobile: { id: string; document: TopologyDraft };

beforeAll(async () => {
  sim = await startSimulator({
    host: "127.0.0.1",
    probeIntervalMs: 60_000,
    password: SIM_PASSWORD,
  });
  target = await createTarget(sim, "unused");
  igel = await exampleTopology(target, "IGEL_UMS", "examples/igel-ums.json", "UMS production");
  xenMobile = await exampleTopology(target, "XENMOBILE", "examples/xenmobile.json", "XMS");
  const validation = validateDocument(igel.document);
  if (!validation.document) throw new Error("the IGEL example is not complete");
  const run = await applyTopology({
    ...target,
    topologyId: igel.id,
    desired: compile(validation.document),
  });
  expect(run.status).toBe("SUCCEEDED");
});

afterAll(async () => {
  await getStatusRegistry().stopAll();
  await sim.close();
});

describe("the shared view with addresses hidden", () => {
  it("shows design, plan and live status, with no 10.x address, appliance URL or credential anywhere", async () => {
    for (const topology of [igel, xenMobile]) {
      const { token } = await link(target, topology.id, false);
      const { view, texts } = await everything(token);
      expect(view.design?.rows.length).toBeGreaterThan(0);
      expect(view.plan).toMatchObject({ state: "ready" });
      expect(view.status?.initial.appliance?.reachable).toBe(true);
      for (const text of texts) {
        expect(text).not.toMatch(ADDRESS);
        expect(text).not.toContain(sim.url);
        expect(text).not.toContain("127.0.0.1");
        expect(text).not.toContain(SIM_PASSWORD);
        expect(text).not.toContain(USERNAME);
      }
      const html = texts[0] ?? "";
      expect(html).toContain("Read-only view shared from NetScaler HA");
      expect(html).toContain("address 1");
      expect(html).toContain('data-testid="topology-diagram"');
      expect(html).toContain('data-testid="design-table"');
      expect(html).toContain('data-testid="plan-summary"');
      expect(html).toContain('data-testid="appliance-bar"');
      // Read-only: nothing leads into the signed-in app (edit, apply, export, wizard).
      expect(html).not.toMatch(/href="\/(topologies|appliances|api\/topologies)/);
      expect(html).not.toMatch(/Review and apply|Continue the wizard|Download JSON/);
    }
  });

  it("calls the same address by the same placeholder in the design, the status and each poll", async () => {
    const { token } = await link(target, igel.id, false);
    const view = await loadSharedView(token);
    const vip = view?.design?.rows[0]?.vip;
    expect(vip).toMatch(/^address \d+$/);
    expect(view?.status?.initial.vservers.map((v) => v.ip)).toEqual([vip, vip, vip]);
    const polled = await statusJson(token);
    expect(polled.vservers.map((v) => v.ip)).toEqual([vip, vip, vip]);
    const members = new Set(polled.members.map((m) => m.ip));
    expect(members.size).toBe(2);
    const designMembers = view?.design?.rows.flatMap((r) => r.groups.flatMap((g) => g.members));
    expect(new Set(designMembers?.map((m) => m.address))).toEqual(members);
  });
});

describe("the shared view with addresses shown", () => {
  it("shows the example's addresses in the page and the API, still without credentials", async () => {
    const { token } = await link(target, igel.id, true);
    const { texts } = await everything(token);
    const [html = "", view = "", api = ""] = texts;
    for (const text of [html, view, api]) expect(text).toContain("10.10.20.100");
    expect(html).toContain("10.10.20.11");
    for (const text of texts) {
      expect(text).not.toContain(SIM_PASSWORD);
      expect(text).not.toContain(USERNAME);
    }
  });
});

describe("the public status route", () => {
  it("answers with the share headers and the signed-in route's shape, drift pointing at the plan", async () => {
    const { token } = await link(target, igel.id, false);
    const response = await status(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-robots-tag")).toBe("noindex");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as TopologyStatus;
    expect(Object.keys(body).sort()).toEqual(
      [
        "appliance",
        "certificates",
        "drift",
        "generatedAt",
        "members",
        "notice",
        "topologyId",
        "vservers",
        "watching",
      ].sort(),
    );
    expect(body.topologyId).toBe(igel.id);
    if (body.drift) expect(body.drift.planUrl).toBe("#plan");
    const history = await statusJson<{ transitions: TransitionView[] }>(
      token,
      "?history=1&take=5000",
    );
    expect(history.transitions.length).toBeLessThanOrEqual(100);
  });

  it("is 404 on the very next poll after the link is revoked, like an unknown token", async () => {
    const created = await link(target, igel.id, false);
    expect((await status(created.token)).status).toBe(200);
    await getDb().shareLink.update({ where: { id: created.id }, data: { revokedAt: new Date() } });
    const revoked = await status(created.token);
    const unknown = await status("b".repeat(43));
    expect(revoked.status).toBe(404);
    expect(await revoked.text()).toBe(await unknown.text());
    expect(revoked.headers.get("cache-control")).toBe("no-store");
    await expect(renderPage(created.token)).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });

  it("is 404 once the link has expired, and so is the page", async () => {
    const created = await link(target, igel.id, true);
    expect((await status(created.token)).status).toBe(200);
    await getDb().shareLink.update({
      where: { id: created.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await status(created.token)).status).toBe(404);
    expect(await loadSharedView(created.token)).toBeNull();
    await expect(renderPage(created.token)).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });
});

describe("the plan for visitors", () => {
  it("reads the appliance once per topology version per minute, however many visitors", async () => {
    sharedPlanCache().clear();
    const a = await link(target, xenMobile.id, false);
    const b = await link(target, xenMobile.id, true);
    const before = planCalls.count;
    await Promise.all([loadSharedView(a.token), loadSharedView(a.token), loadSharedView(b.token)]);
    await loadSharedView(b.token);
    expect(planCalls.count - before).toBe(1);
    // An edit is a new version: planned afresh at once, not after the minute.
    const actor = { userId: target.actorId, workspaceId: target.workspaceId, clientAddress: "::1" };
    const row = await getDb().topology.findUniqueOrThrow({ where: { id: xenMobile.id } });
    await renameTopology(actor, {
      id: xenMobile.id,
      name: "XMS renamed",
      expectedVersion: row.version,
    });
    expect((await loadSharedView(a.token))?.title).toBe("XMS renamed");
    expect(planCalls.count - before).toBe(2);
  });

  it("shows an unreachable appliance as such, not as an error page", async () => {
    const gone = await startSimulator({
      host: "127.0.0.1",
      probeIntervalMs: 60_000,
      password: SIM_PASSWORD,
    });
    const own = await createTarget(gone, "unused");
    const topology = await exampleTopology(own, "IGEL_UMS", "examples/igel-ums.json", "UMS lab");
    await gone.close();
    const { token } = await link(own, topology.id, false);
    const view = await loadSharedView(token);
    expect(view?.plan).toMatchObject({
      state: "appliance-failed",
      failure: { kind: "unreachable" },
    });
    expect(view?.status?.initial.appliance?.reachable).toBe(false);
    const html = await renderPage(token);
    expect(html).toContain("The appliance cannot be reached");
    expect(html).not.toContain(gone.url);
    expect(html).not.toMatch(ADDRESS);
  });
});
