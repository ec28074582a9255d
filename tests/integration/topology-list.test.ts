// The topologies list: duplicate, archive / restore, derived states, and workspace scoping,
// against the real database; the server actions run with a stubbed session.
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { pinnedApplianceInput, uniqueLoopbackUrl } from "@/lib/appliances/testing/appliance-input";
import { createAppliance } from "@/lib/appliances/store";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createTopology, findTopology, renameTopology } from "@/lib/topologies/store";
import { saveTopologyDocument, setTopologyAppliance } from "@/lib/topologies/documents";
import { archiveTopology, duplicateTopology, restoreTopology } from "@/lib/topologies/lifecycle";
import { findTopologyListItem, listTopologies } from "@/lib/topologies/list";
import type { ApplyRunStatus } from "@/lib/apply/run-status";
import type { TopologyDraft } from "@/lib/topology/schema";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

const { archiveTopologyAction, duplicateTopologyAction, restoreTopologyAction } =
  await import("@/app/(app)/topologies/list-actions");

const example = JSON.parse(readFileSync("examples/igel-ums.json", "utf8")) as TopologyDraft;

async function withAppliance(actor: Actor): Promise<string> {
  // A device of its own: runs made here must not meet another test's running run.
  return createAppliance(actor, pinnedApplianceInput({ baseUrl: uniqueLoopbackUrl() }));
}

/** A topology with the IGEL example imported and the appliance chosen: "planned". */
async function plannedTopology(actor: Actor, name = "UMS production") {
  const id = await createTopology(actor, { kind: "IGEL_UMS", name });
  const { version } = await saveTopologyDocument(actor, {
    id,
    expectedVersion: 1,
    document: example,
  });
  const applianceId = await withAppliance(actor);
  await setTopologyAppliance(actor, { id, applianceId, expectedVersion: version });
  return { id, applianceId };
}

async function addRun(
  actor: Actor,
  topologyId: string,
  applianceId: string,
  status: ApplyRunStatus,
  minute: number,
) {
  await getDb().applyRun.create({
    data: {
      workspaceId: actor.workspaceId,
      topologyId,
      applianceId,
      status,
      options: {},
      startedAt: new Date(Date.UTC(2026, 0, 1, 12, minute)),
    },
  });
}

const stateOf = async (actor: Actor, id: string) =>
  (await findTopologyListItem(actor.workspaceId, id))?.state;

const auditActions = async (targetId: string) =>
  (await getDb().auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } })).map(
    (e) => e.action,
  );

beforeEach(() => {
  signOut();
});

describe("duplicate", () => {
  it("copies the document and appliance under a new id, name and prefix, and audits it", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, applianceId } = await plannedTopology(actor);
    const copy = await duplicateTopology(actor, { id });

    expect(copy.name).toBe("UMS production (copy)");
    expect(copy.id).not.toBe(id);
    const [original, duplicated] = await Promise.all([
      getDb().topology.findUniqueOrThrow({ where: { id } }),
      getDb().topology.findUniqueOrThrow({ where: { id: copy.id } }),
    ]);
    expect(duplicated).toMatchObject({ kind: "IGEL_UMS", applianceId, version: 1 });
    expect(duplicated.createdById).toBe(actor.userId);
    // Same document, except the name and a prefix of its own (no shared NetScaler objects).
    const copied = duplicated.spec as Record<string, unknown>;
    const source = original.spec as Record<string, unknown>;
    expect([copied.name, copied.prefix]).toEqual(["UMS production (copy)", "ums_production_copy"]);
    expect(source.prefix).toBe("igel");
    expect({ ...copied, name: "", prefix: "" }).toEqual({ ...source, name: "", prefix: "" });
    expect(await stateOf(actor, copy.id)).toBe("planned");

    const events = await getDb().auditEvent.findMany({ where: { targetId: copy.id } });
    expect(events.map((e) => [e.action, e.detail])).toEqual([
      [
        "topology.duplicated",
        { sourceId: id, name: "UMS production (copy)", prefix: "ums_production_copy" },
      ],
    ]);
  });

  it("never reuses a prefix in the workspace, archived topologies included", async () => {
    const actor = await createWorkspaceWithUser();
    const { id } = await plannedTopology(actor);
    const first = await duplicateTopology(actor, { id });
    await archiveTopology(actor, { id: first.id });
    const second = await duplicateTopology(actor, { id });
    const spec = (await getDb().topology.findUniqueOrThrow({ where: { id: second.id } })).spec;
    expect(second.name).toBe("UMS production (copy)");
    expect((spec as Record<string, unknown>).prefix).toBe("ums_production_copy_2");
  });

  it("keeps the copy's name within 80 characters", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createTopology(actor, { kind: "XENMOBILE", name: "x".repeat(80) });
    const copy = await duplicateTopology(actor, { id });
    expect(copy.name).toBe(`${"x".repeat(73)} (copy)`);
  });
});

describe("archive and restore", () => {
  it("hides an archived topology, makes it read-only, and brings it back", async () => {
    const actor = await createWorkspaceWithUser();
    const { id } = await plannedTopology(actor);
    await archiveTopology(actor, { id });

    expect((await listTopologies(actor.workspaceId)).map((t) => t.id)).toEqual([]);
    const archived = await listTopologies(actor.workspaceId, { archived: true });
    expect(archived.map((t) => [t.id, t.state])).toEqual([[id, "planned"]]);
    expect(archived[0]?.archivedAt).toBeInstanceOf(Date);
    expect(await findTopology(actor.workspaceId, id)).toBeNull();
    await expect(
      renameTopology(actor, { id, name: "Changed", expectedVersion: 4 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      saveTopologyDocument(actor, { id, expectedVersion: 4, document: example }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(duplicateTopology(actor, { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A second archive (another tab) changes nothing and records nothing.
    await expect(archiveTopology(actor, { id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await restoreTopology(actor, { id });
    expect((await listTopologies(actor.workspaceId)).map((t) => t.id)).toEqual([id]);
    expect(await listTopologies(actor.workspaceId, { archived: true })).toEqual([]);
    await expect(restoreTopology(actor, { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await auditActions(id)).slice(-2)).toEqual(["topology.archived", "topology.restored"]);
  });

  it("refuses to archive while an apply is running", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, applianceId } = await plannedTopology(actor);
    await addRun(actor, id, applianceId, "RUNNING", 0);
    await expect(archiveTopology(actor, { id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await findTopology(actor.workspaceId, id)).not.toBeNull();
  });
});

describe("state", () => {
  it("is draft, then planned, then follows the latest apply run", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createTopology(actor, { kind: "IGEL_UMS", name: "UMS" });
    expect(await stateOf(actor, id)).toBe("draft");
    const { version } = await saveTopologyDocument(actor, {
      id,
      expectedVersion: 1,
      document: example,
    });
    expect(await stateOf(actor, id)).toBe("draft"); // complete, but no appliance yet
    const applianceId = await withAppliance(actor);
    await setTopologyAppliance(actor, { id, applianceId, expectedVersion: version });
    expect(await stateOf(actor, id)).toBe("planned");

    const steps: Array<[ApplyRunStatus, string]> = [
      ["FAILED", "apply_failed"],
      ["SUCCEEDED", "applied"],
      ["ROLLED_BACK", "apply_failed"],
      ["INTERRUPTED", "apply_failed"],
      ["SUCCEEDED", "applied"],
      ["RUNNING", "applying"],
    ];
    for (const [minute, [status, state]] of steps.entries()) {
      await addRun(actor, id, applianceId, status, minute);
      expect(await stateOf(actor, id), status).toBe(state);
    }
  });

  it("shows kind, appliance and last editor in the list", async () => {
    const actor = await createWorkspaceWithUser();
    const { id } = await plannedTopology(actor);
    const [item] = await listTopologies(actor.workspaceId);
    const user = await getDb().user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(item).toMatchObject({
      id,
      kind: "IGEL_UMS",
      applianceName: "adc1",
      updatedByName: user.name,
    });
  });
});

describe("workspace scoping", () => {
  it("finds nothing of another workspace, directly or through the actions", async () => {
    const owner = await createWorkspaceWithUser();
    const stranger = await createWorkspaceWithUser();
    const { id } = await plannedTopology(owner);

    expect(await listTopologies(stranger.workspaceId)).toEqual([]);
    expect(await findTopologyListItem(stranger.workspaceId, id)).toBeNull();
    for (const attempt of [duplicateTopology, archiveTopology, restoreTopology]) {
      await expect(attempt(stranger, { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }

    signInAs(stranger, "owner");
    for (const action of [duplicateTopologyAction, archiveTopologyAction, restoreTopologyAction]) {
      expect(await action({ id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await getDb().topology.count({ where: { workspaceId: stranger.workspaceId } })).toBe(0);
    expect((await findTopologyListItem(owner.workspaceId, id))?.archivedAt).toBeNull();
  });

  it("lets editors act, refuses viewers, and validates the id", async () => {
    const owner = await createWorkspaceWithUser();
    const { id } = await plannedTopology(owner);

    signInAs(owner, "viewer");
    expect(await archiveTopologyAction({ id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    signInAs(owner, "editor");
    expect(await archiveTopologyAction({ id: "not-a-uuid" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
    });
    expect(await archiveTopologyAction({ id })).toMatchObject({
      ok: true,
      data: { name: "UMS production" },
    });
    expect(await restoreTopologyAction({ id })).toMatchObject({ ok: true });
    const copy = await duplicateTopologyAction({ id });
    expect(copy).toMatchObject({ ok: true, data: { name: "UMS production (copy)" } });
  });
});
