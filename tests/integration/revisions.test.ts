// Revision history: listing, loading and restoring saved versions against the real database,
// with workspace scoping and the restore action run under a stubbed session.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createTopology, renameTopology } from "@/lib/topologies/store";
import {
  loadTopologyDocument,
  saveTopologyDocument,
  setTopologyAppliance,
} from "@/lib/topologies/documents";
import { archiveTopology } from "@/lib/topologies/lifecycle";
import {
  listRevisions,
  loadRevision,
  loadRevisions,
  previousRevisionVersion,
  restoreRevision,
} from "@/lib/topologies/revisions";
import { diffDocuments } from "@/lib/topology/diff";
import type { TopologyDraft } from "@/lib/topology/schema";
import { clone, igelExample, xenMobileExample } from "@/lib/topology/testing/examples";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

const { restoreRevisionAction } = await import("@/app/(app)/topologies/[id]/history/actions");

beforeEach(() => {
  signOut();
});

/** Versions 2..n: the example, then one change per step, each saved like the wizard does. */
async function topologyWithHistory(actor: Actor) {
  const id = await createTopology(actor, { kind: "IGEL_UMS", name: "UMS production" });
  const base = { ...igelExample(), name: "UMS production" };
  let { version } = await saveTopologyDocument(actor, {
    id,
    expectedVersion: 1,
    document: base,
  });
  const edits: Array<[string, (doc: ReturnType<typeof igelExample>) => void]> = [
    ["servers", (d) => d.servers.push({ name: "ums3", address: "10.10.20.13" })],
    ["load-balancing", (d) => (d.loadBalancing.persistence.timeout = 30)],
    ["dns", (d) => (d.dns.hostName = "ums.corp.local")],
    ["after", (d) => (d.after = { "dns-record": { done: true, by: "Alex" } })],
  ];
  const doc = clone(base);
  for (const [step, edit] of edits) {
    edit(doc);
    ({ version } = await saveTopologyDocument(actor, {
      id,
      expectedVersion: version,
      document: clone(doc),
      step,
    }));
  }
  return { id, version, base, latest: doc };
}

const storedSpec = async (id: string) =>
  (await getDb().topology.findUniqueOrThrow({ where: { id } })).spec;

const revisionSpec = async (topologyId: string, version: number) =>
  (
    await getDb().topologyRevision.findUniqueOrThrow({
      where: { topologyId_version: { topologyId, version } },
    })
  ).spec;

const restoredEvents = (targetId: string) =>
  getDb().auditEvent.findMany({ where: { targetId, action: "topology.restored" } });

describe("listing revisions", () => {
  it("lists newest first, a page at a time, with author, step and time", async () => {
    const actor = await createWorkspaceWithUser();
    const { id } = await topologyWithHistory(actor);
    const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.userId } });

    const first = await listRevisions(actor.workspaceId, id, { take: 2 });
    expect(first?.total).toBe(5);
    expect(first?.hasMore).toBe(true);
    expect(first?.revisions.map((r) => [r.version, r.step])).toEqual([
      [6, "after"],
      [5, "dns"],
    ]);
    expect(first?.revisions[0]).toMatchObject({ authorName: user.name, name: "UMS production" });
    expect(first?.revisions[0]?.createdAt).toBeInstanceOf(Date);

    const second = await listRevisions(actor.workspaceId, id, { take: 2, beforeVersion: 5 });
    expect(second?.revisions.map((r) => r.version)).toEqual([4, 3]);
    expect(second?.hasMore).toBe(true);
    const last = await listRevisions(actor.workspaceId, id, { take: 2, beforeVersion: 3 });
    expect(last?.revisions.map((r) => [r.version, r.step])).toEqual([[2, null]]);
    expect(last?.hasMore).toBe(false);

    const all = await listRevisions(actor.workspaceId, id);
    expect(all?.revisions.map((r) => r.version)).toEqual([6, 5, 4, 3, 2]);
    expect(all?.hasMore).toBe(false);
  });

  it("finds the previous revision across versions that saved no document", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(actor);
    // A rename bumps the version without a new revision.
    await renameTopology(actor, { id, name: "UMS renamed", expectedVersion: version });
    const { version: saved } = await saveTopologyDocument(actor, {
      id,
      expectedVersion: version + 1,
      document: igelExample(),
      step: "database",
    });
    expect(saved).toBe(version + 2);
    expect(await previousRevisionVersion(actor.workspaceId, id, saved)).toBe(version);
    expect(await previousRevisionVersion(actor.workspaceId, id, 2)).toBeNull();
  });

  it("loads revisions as documents that the diff reads, in the order asked", async () => {
    const actor = await createWorkspaceWithUser();
    const { id } = await topologyWithHistory(actor);
    const pair = await loadRevisions(actor.workspaceId, id, [3, 2, 99]);
    expect(pair?.map((r) => r.version)).toEqual([3, 2]);
    const [three, two] = pair ?? [];
    if (!three || !two) throw new Error("revisions 2 and 3 not loaded");
    expect(three.unreadable).toBeNull();
    expect(diffDocuments(two.document, three.document).map((c) => c.label)).toEqual([
      "Servers › ums3 › Name",
      "Servers › ums3 › Address",
    ]);
    const tick = diffDocuments(
      (await loadRevision(actor.workspaceId, id, 5))?.document ?? igelExample(),
      (await loadRevision(actor.workspaceId, id, 6))?.document ?? igelExample(),
    );
    expect(tick.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      "After the NetScaler › Point the host name at the VIP: not done → done by Alex",
    ]);
  });
});

describe("restoring a revision", () => {
  it("saves the old document as a new revision and makes it the current draft", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(actor);

    const result = await restoreRevision(actor, { id, revision: 2, expectedVersion: version });
    expect(result).toEqual({ version: version + 1 });

    expect(await revisionSpec(id, version + 1)).toEqual(await revisionSpec(id, 2));
    expect(await storedSpec(id)).toEqual(await revisionSpec(id, 2));
    const current = await loadTopologyDocument(actor.workspaceId, id);
    const old = await loadRevision(actor.workspaceId, id, 2);
    expect(current?.version).toBe(version + 1);
    expect(old && current && diffDocuments(old.document, current.document)).toEqual([]);

    const newest = (await listRevisions(actor.workspaceId, id, { take: 1 }))?.revisions[0];
    expect(newest).toMatchObject({ version: version + 1, step: null });
  });

  it("records topology.restored with the versions, in the same save", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(actor);
    await restoreRevision(actor, { id, revision: 3, expectedVersion: version });
    const events = await restoredEvents(id);
    expect(events.map((e) => [e.actorId, e.workspaceId, e.ipAddress, e.detail])).toEqual([
      [actor.userId, actor.workspaceId, "127.0.0.1", { fromVersion: 3, newVersion: version + 1 }],
    ]);
  });

  it("refuses a stale version with the wizard's conflict and writes nothing", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(actor);
    const before = await storedSpec(id);
    await expect(
      restoreRevision(actor, { id, revision: 2, expectedVersion: version - 1 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Changed by someone else meanwhile: reload to see their version, or compare.",
    });
    expect(await getDb().topologyRevision.count({ where: { topologyId: id } })).toBe(5);
    expect(await storedSpec(id)).toEqual(before);
    expect((await loadTopologyDocument(actor.workspaceId, id))?.version).toBe(version);
    expect(await restoredEvents(id)).toEqual([]);
  });

  it("keeps the current name: a rename is not undone by a restore", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(actor);
    const renamed = await renameTopology(actor, {
      id,
      name: "UMS renamed",
      expectedVersion: version,
    });
    await restoreRevision(actor, { id, revision: 2, expectedVersion: renamed.version });
    const current = await loadTopologyDocument(actor.workspaceId, id);
    expect(current?.name).toBe("UMS renamed");
    expect((await storedSpec(id)) as Record<string, unknown>).toMatchObject({
      name: "UMS renamed",
    });
  });

  it("restores a XenMobile revision too", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createTopology(actor, { kind: "XENMOBILE", name: "XMS" });
    const doc: TopologyDraft = { ...xenMobileExample(), name: "XMS" };
    const first = await saveTopologyDocument(actor, { id, expectedVersion: 1, document: doc });
    const changed = clone(xenMobileExample());
    changed.mdm.ports = [443];
    changed.nodes.reverse();
    const second = await saveTopologyDocument(actor, {
      id,
      expectedVersion: first.version,
      document: { ...changed, name: "XMS" },
      step: "mdm",
    });
    const [older, newer] = (await loadRevisions(actor.workspaceId, id, [2, 3])) ?? [];
    if (!older || !newer) throw new Error("revisions not loaded");
    expect(diffDocuments(older.document, newer.document).map((c) => c.label)).toEqual([
      "Nodes › Order",
      "MDM › Ports",
    ]);
    await restoreRevision(actor, { id, revision: 2, expectedVersion: second.version });
    expect(await storedSpec(id)).toEqual(await revisionSpec(id, 2));
  });

  it("refuses an unknown revision number", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(actor);
    await expect(
      restoreRevision(actor, { id, revision: 1, expectedVersion: version }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().topologyRevision.count({ where: { topologyId: id } })).toBe(5);
  });
});

describe("the restore action", () => {
  it("lets editors restore and returns the new version", async () => {
    const owner = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(owner);
    signInAs(owner, "editor");
    const form = new FormData();
    form.set("id", id);
    form.set("revision", "2");
    form.set("expectedVersion", String(version));
    expect(await restoreRevisionAction(form)).toEqual({
      ok: true,
      data: { version: version + 1, fromVersion: 2 },
    });
    expect(await storedSpec(id)).toEqual(await revisionSpec(id, 2));
  });

  it("refuses viewers and writes nothing", async () => {
    const owner = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(owner);
    signInAs(owner, "viewer");
    expect(await restoreRevisionAction({ id, revision: 2, expectedVersion: version })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      error: "Your role in this workspace does not allow this.",
    });
    expect(await getDb().topologyRevision.count({ where: { topologyId: id } })).toBe(5);
    expect(await restoredEvents(id)).toEqual([]);
  });

  it("answers a stale version with CONFLICT", async () => {
    const owner = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(owner);
    signInAs(owner, "owner");
    expect(
      await restoreRevisionAction({ id, revision: 2, expectedVersion: version - 2 }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("workspace scoping", () => {
  it("treats another workspace's topology exactly like an unknown id", async () => {
    const owner = await createWorkspaceWithUser();
    const stranger = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(owner);
    const unknown = randomUUID();

    for (const topologyId of [id, unknown]) {
      expect(await listRevisions(stranger.workspaceId, topologyId)).toBeNull();
      expect(await loadRevisions(stranger.workspaceId, topologyId, [2])).toBeNull();
      expect(await loadRevision(stranger.workspaceId, topologyId, 2)).toBeNull();
      expect(await previousRevisionVersion(stranger.workspaceId, topologyId, 3)).toBeNull();
    }
    const failure = (topologyId: string) =>
      restoreRevision(stranger, { id: topologyId, revision: 2, expectedVersion: version }).then(
        () => null,
        (error: unknown) => error,
      );
    const [foreign, random] = await Promise.all([failure(id), failure(unknown)]);
    expect(foreign).toMatchObject({
      code: "NOT_FOUND",
      message: "This topology no longer exists.",
    });
    expect(foreign).toEqual(random);

    signInAs(stranger, "owner");
    const viaAction = (topologyId: string) =>
      restoreRevisionAction({ id: topologyId, revision: 2, expectedVersion: version });
    const [foreignResult, randomResult] = [await viaAction(id), await viaAction(unknown)];
    expect(foreignResult).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreignResult).toEqual(randomResult);

    expect(await getDb().topologyRevision.count({ where: { topologyId: id } })).toBe(5);
    expect(await restoredEvents(id)).toEqual([]);
  });

  it("hides the history of an archived topology", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(actor);
    await archiveTopology(actor, { id });
    expect(await listRevisions(actor.workspaceId, id)).toBeNull();
    expect(await loadRevision(actor.workspaceId, id, 2)).toBeNull();
    await expect(
      restoreRevision(actor, { id, revision: 2, expectedVersion: version }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not count the appliance choice as a document version", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await topologyWithHistory(actor);
    await setTopologyAppliance(actor, { id, applianceId: null, expectedVersion: version });
    expect((await listRevisions(actor.workspaceId, id))?.total).toBe(5);
    // The restore must name the version after the appliance choice, like any save.
    await expect(
      restoreRevision(actor, { id, revision: 2, expectedVersion: version }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await restoreRevision(actor, { id, revision: 2, expectedVersion: version + 1 });
    expect((await listRevisions(actor.workspaceId, id))?.revisions[0]?.version).toBe(version + 2);
  });
});
