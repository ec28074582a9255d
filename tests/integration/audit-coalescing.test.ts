// Autosave and the polled plan must not flood the audit log: one topology.edited and one
// topology.planned per person and topology per ten minutes, each with the client's address;
// deliberate actions (an import) are always recorded.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { igelDocument } from "@/lib/apply/testing/documents";
import { createTarget, type TestTarget } from "@/lib/apply/testing/harness";
import { simulatorPerFile } from "@/lib/apply/testing/simulator-per-file";
import type { Role } from "@/lib/auth/roles";
import { COALESCE_WINDOW_MS } from "@/lib/audit/coalesced";
import { recordPlanned } from "@/lib/audit/planned";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createTopology } from "@/lib/topologies/store";
import { saveTopologyDocument, setTopologyAppliance } from "@/lib/topologies/documents";
import { planTopology } from "@/lib/apply";
import { compile } from "@/lib/topology";
import { createWorkspaceWithUser } from "../support/fixtures";
import { setClientAddress, signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));

setClientAddress("203.0.113.9");

const { GET } = await import("@/app/api/topologies/[id]/plan/route");

const sim = simulatorPerFile();

afterEach(() => {
  vi.useRealTimers();
  signOut();
});

const eventsOf = (targetId: string, action: string) =>
  getDb().auditEvent.findMany({ where: { targetId, action }, orderBy: { createdAt: "asc" } });

async function addMember(workspaceId: string, role: Role): Promise<Actor> {
  const userId = randomUUID();
  await getDb().user.create({
    data: { id: userId, name: `Member ${role}`, email: `${userId}@example.test` },
  });
  await getDb().membership.create({ data: { id: randomUUID(), workspaceId, userId, role } });
  return { userId, workspaceId, clientAddress: "198.51.100.20" };
}

/** Saves and returns the new version. */
async function save(actor: Actor, id: string, version: number, step?: string, action?: string) {
  const saved = await saveTopologyDocument(actor, {
    id,
    expectedVersion: version,
    document: igelDocument({ servers: 2 }),
    step,
    auditAction: action,
  });
  return saved.version;
}

/** The simulator's appliance chosen for a complete IGEL topology: ready to plan. */
async function plannable(): Promise<TestTarget> {
  const target = await createTarget(sim(), "plan-audit");
  const actor = { userId: target.actorId, workspaceId: target.workspaceId, clientAddress: "::1" };
  const version = await save(actor, target.topologyId, 1);
  await setTopologyAppliance(actor, {
    id: target.topologyId,
    applianceId: target.applianceId,
    expectedVersion: version,
  });
  return target;
}

async function plan(id: string): Promise<number> {
  const response = await GET(new Request(`http://localhost/api/topologies/${id}/plan`), {
    params: Promise.resolve({ id }),
  });
  return response.status;
}

describe("topology.edited", () => {
  it("is recorded once per person and topology while the wizard autosaves", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createTopology(actor, { kind: "IGEL_UMS", name: "UMS" });
    let version = 1;
    for (const step of ["servers", "network", "servers", "dns"]) {
      version = await save(actor, id, version, step);
    }
    const edited = await eventsOf(id, "topology.edited");
    expect(edited).toHaveLength(1);
    expect(edited[0]).toMatchObject({
      actorId: actor.userId,
      workspaceId: actor.workspaceId,
      targetType: "topology",
      ipAddress: "127.0.0.1",
      detail: { step: "servers", version: 2 },
    });
    // Every save is still a revision: only the log is coalesced.
    expect(await getDb().topologyRevision.count({ where: { topologyId: id } })).toBe(4);

    // A colleague editing the same topology has their own event.
    const colleague = await addMember(actor.workspaceId, "editor");
    version = await save(colleague, id, version, "servers");
    version = await save(colleague, id, version, "servers");
    expect((await eventsOf(id, "topology.edited")).map((e) => e.actorId)).toEqual([
      actor.userId,
      colleague.userId,
    ]);

    // Replacing the document by import is deliberate: every one is recorded.
    version = await save(actor, id, version, undefined, "topology.imported");
    version = await save(actor, id, version, undefined, "topology.imported");
    expect(await eventsOf(id, "topology.imported")).toHaveLength(2);

    // Ten minutes on, the next autosave is recorded again (a new event; the old one untouched).
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + COALESCE_WINDOW_MS + 1000);
    version = await save(actor, id, version, "network");
    vi.useRealTimers();
    const later = await eventsOf(id, "topology.edited");
    expect(later.filter((e) => e.actorId === actor.userId)).toHaveLength(2);
    expect(later[0]).toEqual(edited[0]);
    expect(later.at(-1)?.detail).toEqual({ step: "network", version });
  });

  it("counts per topology: editing another topology is another event", async () => {
    const actor = await createWorkspaceWithUser();
    const first = await createTopology(actor, { kind: "IGEL_UMS", name: "First" });
    const second = await createTopology(actor, { kind: "IGEL_UMS", name: "Second" });
    await save(actor, first, 1, "servers");
    await save(actor, second, 1, "servers");
    expect(await eventsOf(first, "topology.edited")).toHaveLength(1);
    expect(await eventsOf(second, "topology.edited")).toHaveLength(1);
  });
});

describe("topology.planned", () => {
  it("is recorded once per person and topology while the review page polls", async () => {
    const target = await plannable();
    signInAs({ userId: target.actorId, workspaceId: target.workspaceId }, "owner");
    // Polls that overlap, then more: still one event.
    expect(await Promise.all([1, 2, 3, 4].map(() => plan(target.topologyId)))).toEqual([
      200, 200, 200, 200,
    ]);
    expect(await plan(target.topologyId)).toBe(200);
    const planned = await eventsOf(target.topologyId, "topology.planned");
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({
      actorId: target.actorId,
      workspaceId: target.workspaceId,
      ipAddress: "203.0.113.9",
      detail: { applianceId: target.applianceId, changes: expect.any(Number), conflicts: 0 },
    });

    const editor = await addMember(target.workspaceId, "editor");
    signInAs({ userId: editor.userId, workspaceId: target.workspaceId }, "editor");
    setClientAddress("198.51.100.77");
    expect(await plan(target.topologyId)).toBe(200);
    const viewer = await addMember(target.workspaceId, "viewer");
    signInAs({ userId: viewer.userId, workspaceId: target.workspaceId }, "viewer");
    expect(await plan(target.topologyId)).toBe(404);
    expect(
      (await eventsOf(target.topologyId, "topology.planned")).map((e) => [e.actorId, e.ipAddress]),
    ).toEqual([
      [target.actorId, "203.0.113.9"],
      [editor.userId, "198.51.100.77"],
    ]);
  });

  it("is recorded again once the window has passed", async () => {
    const target = await plannable();
    const desired = compile(igelDocument({ servers: 2 }));
    const result = await planTopology({ ...target, desired });
    const by = {
      userId: target.actorId,
      workspaceId: target.workspaceId,
      clientAddress: "192.0.2.5",
    };
    const now = Date.now();
    expect(await recordPlanned(by, target, result, new Date(now))).toBe(true);
    expect(await recordPlanned(by, target, result, new Date(now + 60_000))).toBe(false);
    expect(await recordPlanned(by, target, result, new Date(now + COALESCE_WINDOW_MS + 1000))).toBe(
      true,
    );
    expect(await eventsOf(target.topologyId, "topology.planned")).toHaveLength(2);
  });
});
