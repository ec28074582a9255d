// What the permission cases build and compare: members of a workspace with a given role, the
// objects an action works on (created as the workspace's owner, through the same lib/db code
// the app uses), and every row of a workspace, to prove a refused call changed nothing.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { applianceInputSchema } from "@/lib/appliances/schema";
import { roles, type Role } from "@/lib/auth/roles";
import { can, type Permission } from "@/lib/auth/permissions";
import { hashLinkToken, newLinkToken } from "@/lib/auth/tokens";
import { createAppliance } from "@/lib/appliances/store";
import { applianceFormFields } from "@/lib/appliances/testing/appliance-input";
import { getDb } from "@/lib/db/client";
import { createInvitation, INVITATION_LIFETIME_MS } from "@/lib/members/invitations";
import { createShareLink } from "@/lib/share/store";
import type { Actor } from "@/lib/auth/actor";
import { createTopology } from "@/lib/topologies/store";
import { saveTopologyDocument, setTopologyAppliance } from "@/lib/topologies/documents";
import { archiveTopology } from "@/lib/topologies/lifecycle";
import type { TopologyDraft } from "@/lib/topology/schema";
import { createWorkspaceWithUser } from "../../support/fixtures";

export interface Member extends Actor {
  role: Role;
}

/**
 * Ids (UUID strings) and other values (versions) of a fixture's objects. The harness swaps the
 * UUIDs for unknown ones, or for another workspace's, to compare the answers.
 */
export type Refs = Readonly<Record<string, string | number>>;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const exampleDocument = JSON.parse(
  readFileSync("examples/igel-ums.json", "utf8"),
) as TopologyDraft;

/** A new workspace and its owner. */
export async function newWorkspace(): Promise<Member> {
  const owner = await createWorkspaceWithUser("owner");
  return { ...owner, role: "owner" };
}

/** Another user who belongs to `workspaceId` with `role`. */
export async function addMember(workspaceId: string, role: Role): Promise<Member> {
  const userId = randomUUID();
  await getDb().user.create({
    data: { id: userId, name: `${role} ${userId.slice(0, 4)}`, email: `${userId}@example.test` },
  });
  await getDb().membership.create({ data: { id: randomUUID(), workspaceId, userId, role } });
  return { userId, workspaceId, role, clientAddress: "127.0.0.1" };
}

/** Roles from least to most trusted; the least one holding a permission is the one tested. */
const byTrust: readonly Role[] = ["viewer", "editor", "owner"];

export function weakestRoleWith(permission: Permission): Role {
  const role = byTrust.find((r) => can(r, permission));
  if (!role) throw new Error(`No role holds ${permission}.`);
  return role;
}

/** "an editor", "a viewer": for test names. */
export function withArticle(role: Role): string {
  return /^[aeiou]/.test(role) ? `an ${role}` : `a ${role}`;
}

export function rolesWithout(permission: Permission): Role[] {
  return roles.filter((r) => !can(r, permission));
}

// ── Objects ──────────────────────────────────────────────────────────────────

/** Valid appliance form input (the password is left blank where a case needs the stored one). */
export function applianceFormInput(password = "Secret-Appliance-Pw", name = "adc1") {
  return applianceFormFields({ password, name });
}

export async function applianceFixture(
  owner: Member,
  name = "adc1",
): Promise<{ applianceId: string }> {
  const input = applianceInputSchema.parse(applianceFormInput("Secret-Appliance-Pw", name));
  return { applianceId: await createAppliance(owner, input) };
}

/** The IGEL example imported and an appliance chosen: complete, ready to plan and apply. */
export async function topologyFixture(
  owner: Member,
): Promise<{ topologyId: string; applianceId: string; version: number }> {
  const topologyId = await createTopology(owner, { kind: "IGEL_UMS", name: "UMS production" });
  const saved = await saveTopologyDocument(owner, {
    id: topologyId,
    expectedVersion: 1,
    document: exampleDocument,
  });
  const { applianceId } = await applianceFixture(owner);
  const { version } = await setTopologyAppliance(owner, {
    id: topologyId,
    applianceId,
    expectedVersion: saved.version,
  });
  return { topologyId, applianceId, version };
}

/** An archived topology (what Restore works on). */
export async function archivedTopologyFixture(owner: Member): Promise<Refs> {
  const refs = await topologyFixture(owner);
  await archiveTopology(owner, { id: refs.topologyId });
  return refs;
}

/** A topology and a second appliance to switch it to, so choosing one would change a row. */
export async function topologyWithSpareApplianceFixture(owner: Member): Promise<Refs> {
  const refs = await topologyFixture(owner);
  const { applianceId } = await applianceFixture(owner, "adc2");
  return { ...refs, spareApplianceId: applianceId };
}

/**
 * A finished apply of the topology. SUCCEEDED on purpose: were a refusal ever to let the call
 * through, resume and rollback would stop at "wrong state" instead of reaching an appliance.
 */
export async function applyRunFixture(owner: Member): Promise<Refs> {
  const refs = await topologyFixture(owner);
  const run = await getDb().applyRun.create({
    data: {
      workspaceId: owner.workspaceId,
      topologyId: refs.topologyId,
      applianceId: refs.applianceId,
      actorId: owner.userId,
      status: "SUCCEEDED",
      options: {},
      finishedAt: new Date(),
    },
  });
  return { ...refs, runId: run.id };
}

/** A topology saved twice with different documents: restoring the first changes the draft. */
export async function topologyWithRevisionsFixture(owner: Member): Promise<Refs> {
  const topologyId = await createTopology(owner, { kind: "IGEL_UMS", name: "UMS production" });
  const first = await saveTopologyDocument(owner, {
    id: topologyId,
    expectedVersion: 1,
    document: exampleDocument,
  });
  const second = await saveTopologyDocument(owner, {
    id: topologyId,
    expectedVersion: first.version,
    document: { ...exampleDocument, prefix: "edited" },
  });
  return { topologyId, revision: first.version, version: second.version };
}

/** A live share link of a topology (what Revoke works on). */
export async function shareLinkFixture(owner: Member): Promise<Refs> {
  const refs = await topologyFixture(owner);
  const link = await createShareLink(owner, {
    topologyId: refs.topologyId,
    label: "Service desk",
    expiresInMinutes: 1440,
    showAddresses: false,
  });
  return { ...refs, shareLinkId: link.id };
}

/** A pending invitation (what Cancel and Renew link work on). */
export async function invitationFixture(owner: Member): Promise<Refs> {
  const invitationId = randomUUID();
  await createInvitation(owner, {
    id: invitationId,
    email: `invitee-${invitationId.slice(0, 8)}@example.test`,
    role: "viewer",
    tokenHash: hashLinkToken(newLinkToken()),
    expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
    emailedAt: null,
  });
  return { invitationId };
}

/** A second member, a viewer (whose role is changed, or who is removed). */
export async function memberFixture(owner: Member): Promise<Refs> {
  const { userId } = await addMember(owner.workspaceId, "viewer");
  const membership = await getDb().membership.findUniqueOrThrow({
    where: { workspaceId_userId: { workspaceId: owner.workspaceId, userId } },
  });
  return { membershipId: membership.id };
}

/** The workspace itself (what Switch workspace takes). */
export async function workspaceFixture(owner: Member): Promise<Refs> {
  return { workspaceId: owner.workspaceId };
}

export async function noFixture(): Promise<Refs> {
  return {};
}

// ── State ────────────────────────────────────────────────────────────────────

/** Every row of a workspace an action could change, in a stable order. */
export async function workspaceRows(workspaceId: string): Promise<unknown> {
  const db = getDb();
  const where = { workspaceId };
  const byId = { id: "asc" } as const;
  const [workspace, memberships, invitations, appliances, topologies] = await Promise.all([
    db.workspace.findUnique({ where: { id: workspaceId } }),
    db.membership.findMany({ where, orderBy: byId }),
    db.invitation.findMany({ where, orderBy: byId }),
    db.appliance.findMany({ where, orderBy: byId }),
    db.topology.findMany({ where, orderBy: byId }),
  ]);
  const [revisions, shareLinks, runs, steps, applied, audit] = await Promise.all([
    db.topologyRevision.findMany({ where: { topology: where }, orderBy: byId }),
    db.shareLink.findMany({ where, orderBy: byId }),
    db.applyRun.findMany({ where, orderBy: byId }),
    db.applyStep.findMany({ where: { run: where }, orderBy: byId }),
    db.appliedObject.findMany({ where: { topology: where }, orderBy: byId }),
    db.auditEvent.findMany({ where, orderBy: byId }),
  ]);
  return {
    workspace,
    memberships,
    invitations,
    appliances,
    topologies,
    revisions,
    shareLinks,
    runs,
    steps,
    applied,
    audit,
  };
}

/** Audit rows about these workspaces or by these users (an event may have no workspace). */
export function auditCount(workspaceIds: string[], userIds: string[]): Promise<number> {
  return getDb().auditEvent.count({
    where: { OR: [{ workspaceId: { in: workspaceIds } }, { actorId: { in: userIds } }] },
  });
}
