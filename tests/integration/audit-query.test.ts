// The audit log query against the real database: workspace scoping, every filter, keyset
// pagination (ties in createdAt included), and names resolved for actors and targets.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { describeEntry } from "@/lib/audit/describe-entry";
import { listAuditEvents, AUDIT_PAGE_SIZE, type AuditEntry } from "@/lib/audit/query";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createWorkspaceWithUser } from "../support/fixtures";

const db = () => getDb();
const minute = (n: number) => new Date(Date.UTC(2026, 0, 10, 9, 0) + n * 60_000);

async function addMember(workspaceId: string, name: string, role: string) {
  const id = randomUUID();
  await db().user.create({ data: { id, name, email: `${name.toLowerCase()}-${id}@example.test` } });
  await db().membership.create({ data: { id: randomUUID(), workspaceId, userId: id, role } });
  return id;
}

async function addTopology(workspaceId: string, userId: string, name: string, archived = false) {
  const row = await db().topology.create({
    data: {
      workspaceId,
      kind: "IGEL_UMS",
      name,
      spec: {},
      schemaVersion: 1,
      createdById: userId,
      updatedById: userId,
      archivedAt: archived ? new Date() : null,
    },
  });
  return row.id;
}

async function addAppliance(workspaceId: string, name: string) {
  const row = await db().appliance.create({
    data: {
      workspaceId,
      name,
      baseUrl: "https://192.0.2.10",
      username: "nsroot",
      passwordEncrypted: "test-only",
    },
  });
  return row.id;
}

/** Events with fixed times, written as the app writes them (inserts only). */
async function events(rows: Prisma.AuditEventCreateManyInput[]) {
  await db().auditEvent.createMany({ data: rows });
}

/** A workspace with Alice (owner) and Bob (editor), a topology, an appliance and a history. */
async function history() {
  const alice = await createWorkspaceWithUser("owner");
  const ws = alice.workspaceId;
  const bob = await addMember(ws, "Bob", "editor");
  const topologyId = await addTopology(ws, alice.userId, "UMS production");
  const archivedId = await addTopology(ws, alice.userId, "Old UMS", true);
  const applianceId = await addAppliance(ws, "adc1");
  const goneAppliance = randomUUID();
  const invitation = await db().invitation.create({
    data: {
      id: randomUUID(),
      workspaceId: ws,
      email: "carol@example.test",
      role: "viewer",
      inviterId: alice.userId,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  const base = { workspaceId: ws, actorId: alice.userId, ipAddress: "192.0.2.7" };
  const topology = { targetType: "topology", targetId: topologyId };
  await events([
    { ...base, ...topology, action: "topology.created", createdAt: minute(0) },
    {
      ...base,
      action: "appliance.created",
      targetType: "appliance",
      targetId: applianceId,
      detail: { name: "adc1" },
      createdAt: minute(1),
    },
    {
      ...base,
      action: "appliance.deleted",
      targetType: "appliance",
      targetId: goneAppliance,
      detail: { name: "old-adc" },
      createdAt: minute(2),
    },
    {
      ...base,
      action: "member.invited",
      targetType: "invitation",
      targetId: invitation.id,
      detail: { email: "carol@example.test", role: "viewer" },
      createdAt: minute(3),
    },
    {
      ...base,
      action: "member.role_changed",
      targetType: "user",
      targetId: bob,
      detail: { memberUserId: bob, from: "viewer", to: "editor" },
      createdAt: minute(4),
    },
    {
      ...base,
      actorId: bob,
      ipAddress: "198.51.100.4",
      ...topology,
      action: "topology.edited",
      detail: { step: "servers", version: 2 },
      createdAt: minute(5),
    },
    {
      ...base,
      actorId: bob,
      ...topology,
      action: "topology.apply",
      detail: { runId: randomUUID(), applianceId, status: "SUCCEEDED", error: null },
      createdAt: minute(6),
    },
    {
      ...base,
      ...topology,
      action: "share.created",
      detail: { linkId: randomUUID(), label: "", showAddresses: false },
      createdAt: minute(7),
    },
    {
      ...base,
      action: "topology.archived",
      targetType: "topology",
      targetId: archivedId,
      createdAt: minute(8),
    },
  ]);
  return { alice, bob, ws, topologyId, archivedId, applianceId };
}

/** Another workspace whose events must never show, even when they name the first's ids. */
async function otherWorkspace(topologyId: string) {
  const mallory = await createWorkspaceWithUser("owner");
  const theirs = await addTopology(mallory.workspaceId, mallory.userId, "Their topology");
  await events([
    {
      workspaceId: mallory.workspaceId,
      actorId: mallory.userId,
      action: "topology.created",
      targetType: "topology",
      targetId: theirs,
      createdAt: minute(3),
    },
    {
      workspaceId: mallory.workspaceId,
      actorId: mallory.userId,
      action: "topology.apply",
      targetType: "topology",
      targetId: topologyId,
      detail: { status: "SUCCEEDED" },
      createdAt: minute(9),
    },
  ]);
  return mallory;
}

const actions = (entries: AuditEntry[]) => entries.map((entry) => entry.action);

describe("listAuditEvents", () => {
  it("lists the workspace's events newest first, with people and targets named", async () => {
    const { alice, bob, ws, topologyId, applianceId } = await history();
    await otherWorkspace(topologyId);
    const { entries, older, newer } = await listAuditEvents(ws);
    expect(actions(entries)).toEqual([
      "topology.archived",
      "share.created",
      "topology.apply",
      "topology.edited",
      "member.role_changed",
      "member.invited",
      "appliance.deleted",
      "appliance.created",
      "topology.created",
    ]);
    expect([older, newer]).toEqual([null, null]);

    const byAction = new Map(entries.map((entry) => [entry.action, entry]));
    const applied = byAction.get("topology.apply");
    expect(applied?.actor?.name).toBe("Bob");
    expect(applied?.actor?.email).toMatch(/^bob-/);
    expect(applied?.target).toMatchObject({
      label: "UMS production",
      href: `/topologies/${topologyId}`,
      state: "present",
    });
    expect(applied?.names).toEqual({ [applianceId]: "adc1" });
    expect(applied && describeEntry(applied)).toBe("Applied topology UMS production on adc1");

    const role = byAction.get("member.role_changed");
    expect(role?.target).toMatchObject({ type: "user", id: bob, label: "Bob", state: "present" });
    expect(role?.target?.secondary).toMatch(/^bob-/);
    expect(role && describeEntry(role)).toBe("Changed Bob's role from viewer to editor");

    const invited = byAction.get("member.invited");
    expect(invited && describeEntry(invited)).toBe("Invited carol@example.test as a viewer");
    const deleted = byAction.get("appliance.deleted");
    expect(deleted?.target).toMatchObject({ label: "old-adc", state: "deleted" });
    expect(deleted && describeEntry(deleted)).toBe("Deleted appliance old-adc");
    const archived = byAction.get("topology.archived");
    expect(archived?.target).toMatchObject({ label: "Old UMS", href: null, state: "archived" });
    const shared = byAction.get("share.created");
    expect(shared && describeEntry(shared)).toBe(
      "Created a read-only link to topology UMS production",
    );
    expect(byAction.get("topology.created")).toMatchObject({
      actorId: alice.userId,
      ipAddress: "192.0.2.7",
      detail: {},
    });
  });

  it("never shows another workspace's events, whatever the filter", async () => {
    const { ws, topologyId } = await history();
    const mallory = await otherWorkspace(topologyId);
    const filtered = await listAuditEvents(ws, { topologyId });
    expect(filtered.entries.every((entry) => entry.actorId !== mallory.userId)).toBe(true);
    expect((await listAuditEvents(ws, { actorId: mallory.userId })).entries).toEqual([]);
    const theirs = await listAuditEvents(mallory.workspaceId);
    expect(actions(theirs.entries)).toEqual(["topology.apply", "topology.created"]);
    // Their event names our topology's id: the name is not resolved across workspaces.
    expect(theirs.entries[0]?.target).toMatchObject({ label: "(deleted)", state: "deleted" });
  });

  it("filters by person, action, category, topology, dates and text", async () => {
    const { bob, ws, topologyId } = await history();
    const list = async (filters: Parameters<typeof listAuditEvents>[1]) =>
      actions((await listAuditEvents(ws, filters)).entries);

    expect(await list({ actorId: bob })).toEqual(["topology.apply", "topology.edited"]);
    expect(await list({ action: "topology.edited" })).toEqual(["topology.edited"]);
    expect(await list({ category: "member." })).toEqual(["member.role_changed", "member.invited"]);
    expect(await list({ category: "appliance." })).toEqual([
      "appliance.deleted",
      "appliance.created",
    ]);
    expect(await list({ topologyId })).toEqual([
      "share.created",
      "topology.apply",
      "topology.edited",
      "topology.created",
    ]);
    expect(await list({ topologyId, actorId: bob, action: "topology.apply" })).toEqual([
      "topology.apply",
    ]);
    expect(await list({ from: minute(2), to: minute(5) })).toEqual([
      "member.role_changed",
      "member.invited",
      "appliance.deleted",
    ]);
    // Free text matches the action's name and its wording in the menu.
    expect(await list({ text: "ROLE" })).toEqual(["member.role_changed"]);
    expect(await list({ text: "read-only" })).toEqual(["share.created"]);
    expect(await list({ text: "apply finished" })).toEqual(["topology.apply"]);
    expect(await list({ text: "nothing like this" })).toEqual([]);
  });

  it("shows its members' sign-ins (recorded without a workspace), not other people's", async () => {
    const { alice, ws } = await history();
    const stranger = await createWorkspaceWithUser("owner");
    await events([
      { workspaceId: null, actorId: alice.userId, action: "auth.signed_in", createdAt: minute(20) },
      {
        workspaceId: null,
        actorId: stranger.userId,
        action: "auth.signed_in",
        createdAt: minute(21),
      },
      // Only sign-ins: any other workspace-less event of a member stays out.
      {
        workspaceId: null,
        actorId: alice.userId,
        action: "setup.completed",
        createdAt: minute(22),
      },
    ]);
    const signIns = await listAuditEvents(ws, { category: "auth." });
    expect(signIns.entries.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["auth.signed_in", alice.userId],
    ]);
    const all = await listAuditEvents(ws);
    expect(all.entries[0]?.action).toBe("auth.signed_in");
    expect(all.entries.some((entry) => entry.actorId === stranger.userId)).toBe(false);
  });

  it("pages 50 at a time by (createdAt, id), ties included, in both directions", async () => {
    const alice = await createWorkspaceWithUser("owner");
    // 120 events over 30 distinct instants: four share each createdAt.
    await events(
      Array.from({ length: 120 }, (_, i) => ({
        workspaceId: alice.workspaceId,
        actorId: alice.userId,
        action: "auth.signed_out",
        detail: { n: i },
        createdAt: minute(Math.floor(i / 4)),
      })),
    );
    const first = await listAuditEvents(alice.workspaceId);
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.newer).toBeNull();
    expect(first.older).not.toBeNull();
    const second = await listAuditEvents(
      alice.workspaceId,
      {},
      { before: first.older ?? undefined },
    );
    expect(second.entries).toHaveLength(50);
    expect(second.newer).toBe("newest");
    const third = await listAuditEvents(
      alice.workspaceId,
      {},
      { before: second.older ?? undefined },
    );
    expect(third.entries).toHaveLength(20);
    expect(third.older).toBeNull();
    expect(third.newer).not.toBe("newest");

    const all = [...first.entries, ...second.entries, ...third.entries];
    expect(new Set(all.map((entry) => entry.id)).size).toBe(120);
    const keys = all.map((entry) => `${entry.createdAt.toISOString()}|${entry.id}`);
    expect(keys).toEqual([...keys].sort().reverse());

    // Back up from the last page: the middle page again, then the newest.
    const back = third.newer;
    if (!back || back === "newest") throw new Error("expected a cursor to the middle page");
    const middle = await listAuditEvents(alice.workspaceId, {}, { after: back });
    expect(middle.entries.map((entry) => entry.id)).toEqual(second.entries.map((e) => e.id));
    expect(middle.older).toEqual(second.older);
    const top = await listAuditEvents(alice.workspaceId, {}, { after: first.entries[10] });
    expect(top.entries.map((entry) => entry.id)).toEqual(first.entries.map((e) => e.id));
    expect(top.newer).toBeNull();
  });
});
