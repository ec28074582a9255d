// Inviting, canceling and renewing invitation links through the real server actions with a
// stubbed session. Only the token's hash is ever stored; the full link is returned once.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { hashLinkToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { listPendingInvitations } from "@/lib/members/invitations";
import { createWorkspaceWithUser } from "../support/fixtures";
import { setSessionProfile, signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));
// The link's origin comes from the owner's request when APP_URL is not set.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "https://nsha.example.test" }),
}));
// No mail server here: invitations are link-only (invitations-email.test.ts covers SMTP).
vi.mock("@/lib/mail/smtp-settings", () => ({ getSmtpSettings: () => null }));

setSessionProfile({ userName: "Olivia Owner", workspaceName: "Datacenter team" });

const { cancelInvitationAction, inviteMemberAction, renewInvitationLinkAction } =
  await import("@/app/(app)/settings/members/actions");

type Actor = Awaited<ReturnType<typeof createWorkspaceWithUser>>;

async function addMember(workspaceId: string, role: Role): Promise<Actor> {
  const userId = randomUUID();
  const email = `${userId}@example.test`;
  await getDb().user.create({ data: { id: userId, name: `${role} user`, email } });
  await getDb().membership.create({ data: { id: randomUUID(), workspaceId, userId, role } });
  return { userId, workspaceId, clientAddress: "127.0.0.1", email };
}

const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1);

/** Invites as the workspace's owner; returns the invitation id and the one-time token. */
async function invite(owner: Actor, email: string, role: "editor" | "viewer" = "editor") {
  signInAs(owner, "owner");
  const result = await inviteMemberAction({ email, role });
  if (!result.ok) throw new Error(`invite failed: ${result.error}`);
  return { id: result.data.id, token: tokenOf(result.data.link), result: result.data };
}

const invitationRow = (id: string) => getDb().invitation.findUniqueOrThrow({ where: { id } });

const auditOf = (workspaceId: string, action: string) =>
  getDb().auditEvent.findMany({ where: { workspaceId, action }, orderBy: { createdAt: "asc" } });

const uniqueEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.test`;

beforeEach(() => {
  signOut();
});

describe("inviteMemberAction", () => {
  it("creates a pending invitation, shows the link once and stores only the token's hash", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const email = uniqueEmail();
    signInAs(owner, "owner");
    const result = await inviteMemberAction({ email: `  ${email.toUpperCase()} `, role: "viewer" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { id, link, emailOutcome, expiresAt } = result.data;
    expect(link).toMatch(/^https:\/\/nsha\.example\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(emailOutcome).toEqual({ status: "off" });
    const token = tokenOf(link);

    const row = await invitationRow(id);
    expect(row).toMatchObject({
      workspaceId: owner.workspaceId,
      email,
      role: "viewer",
      status: "pending",
      inviterId: owner.userId,
      tokenHash: hashLinkToken(token),
      emailedAt: null,
      acceptedAt: null,
    });
    const days = (row.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(expiresAt).toEqual(row.expiresAt);
    // The plain token is nowhere in the database: not in the invitation, not in the audit.
    const dump = JSON.stringify([
      await getDb().invitation.findMany({ where: { workspaceId: owner.workspaceId } }),
      await getDb().auditEvent.findMany({ where: { workspaceId: owner.workspaceId } }),
    ]);
    expect(dump).not.toContain(token);

    const events = await auditOf(owner.workspaceId, "member.invited");
    expect(events.map((e) => [e.actorId, e.targetId, e.detail, e.ipAddress])).toEqual([
      [owner.userId, id, { email, role: "viewer", emailed: false }, "127.0.0.1"],
    ]);
    expect((await listPendingInvitations(owner.workspaceId)).map((i) => i.email)).toEqual([email]);
  });

  it("gives a field error on the email when that person is already a member", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const member = await addMember(owner.workspaceId, "viewer");
    signInAs(owner, "owner");
    const result = await inviteMemberAction({ email: member.email, role: "editor" });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!result.ok && result.fieldErrors?.email?.[0]).toMatch(/member/);
    expect(await getDb().invitation.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
  });

  it("invites someone who has an account in another workspace", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const elsewhere = await createWorkspaceWithUser("owner");
    const { result } = await invite(owner, elsewhere.email);
    expect(result.email).toBe(elsewhere.email);
  });

  it("replaces (cancels) an older pending invitation for the same address", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const email = uniqueEmail();
    const first = await invite(owner, email, "viewer");
    const second = await invite(owner, email, "editor");
    expect((await invitationRow(first.id)).status).toBe("canceled");
    expect((await invitationRow(second.id)).status).toBe("pending");
    const pending = await listPendingInvitations(owner.workspaceId);
    expect(pending.map((i) => [i.email, i.role])).toEqual([[email, "editor"]]);
    const canceled = await auditOf(owner.workspaceId, "invitation.canceled");
    expect(canceled.map((e) => [e.targetId, e.detail])).toEqual([
      [first.id, { email, reason: "replaced" }],
    ]);
  });

  it("refuses to invite as owner, and refuses an invalid address, keeping field errors", async () => {
    const owner = await createWorkspaceWithUser("owner");
    signInAs(owner, "owner");
    const asOwner = await inviteMemberAction({ email: uniqueEmail(), role: "owner" });
    expect(asOwner).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!asOwner.ok && asOwner.fieldErrors?.role).toBeTruthy();
    const badEmail = await inviteMemberAction({ email: "not-an-address", role: "viewer" });
    expect(!badEmail.ok && badEmail.fieldErrors?.email).toEqual(["Enter a valid email address."]);
  });

  it("refuses viewers and editors", async () => {
    const owner = await createWorkspaceWithUser("owner");
    for (const role of ["viewer", "editor"] as const) {
      signInAs(await addMember(owner.workspaceId, role), role);
      const result = await inviteMemberAction({ email: uniqueEmail(), role: "viewer" });
      expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await getDb().invitation.count({ where: { workspaceId: owner.workspaceId } })).toBe(0);
    expect(await auditOf(owner.workspaceId, "member.invited")).toEqual([]);
  });
});

describe("cancelInvitationAction", () => {
  it("cancels a pending invitation; its link stops working; audited", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const email = uniqueEmail();
    const { id } = await invite(owner, email);
    const result = await cancelInvitationAction({ id });
    expect(result).toEqual({ ok: true, data: { email } });
    expect((await invitationRow(id)).status).toBe("canceled");
    const events = await auditOf(owner.workspaceId, "invitation.canceled");
    expect(events.map((e) => [e.actorId, e.targetId, e.detail, e.ipAddress])).toEqual([
      [owner.userId, id, { email }, "127.0.0.1"],
    ]);
    // A second cancel: the invitation is no longer pending.
    expect(await cancelInvitationAction({ id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("refuses viewers and editors", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const { id } = await invite(owner, uniqueEmail());
    for (const role of ["viewer", "editor"] as const) {
      signInAs(await addMember(owner.workspaceId, role), role);
      expect(await cancelInvitationAction({ id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect((await invitationRow(id)).status).toBe("pending");
  });

  it("answers another workspace's invitation exactly like an unknown id", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const stranger = await createWorkspaceWithUser("owner");
    const { id } = await invite(owner, uniqueEmail());
    signInAs(stranger, "owner");
    const foreign = await cancelInvitationAction({ id });
    const unknown = await cancelInvitationAction({ id: randomUUID() });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(unknown);
    expect((await invitationRow(id)).status).toBe("pending");
    expect(await auditOf(owner.workspaceId, "invitation.canceled")).toEqual([]);
  });
});

describe("renewInvitationLinkAction", () => {
  it("rotates the token: the new link is shown once, the old hash is gone; audited", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const email = uniqueEmail();
    const { id, token: oldToken } = await invite(owner, email);
    await getDb().invitation.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() - 1000), emailedAt: new Date() },
    });
    const result = await renewInvitationLinkAction({ id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const newToken = tokenOf(result.data.link);
    expect(newToken).not.toBe(oldToken);
    const row = await invitationRow(id);
    expect(row.tokenHash).toBe(hashLinkToken(newToken));
    // A fresh lifetime, and link-only: the emailed link no longer works.
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expect(row.emailedAt).toBeNull();
    const events = await auditOf(owner.workspaceId, "invitation.relinked");
    expect(events.map((e) => [e.actorId, e.targetId, e.detail, e.ipAddress])).toEqual([
      [owner.userId, id, { email }, "127.0.0.1"],
    ]);
    expect(JSON.stringify(events)).not.toContain(newToken);
  });

  it("refuses viewers and editors", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const { id, token } = await invite(owner, uniqueEmail());
    for (const role of ["viewer", "editor"] as const) {
      signInAs(await addMember(owner.workspaceId, role), role);
      expect(await renewInvitationLinkAction({ id })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    expect((await invitationRow(id)).tokenHash).toBe(hashLinkToken(token));
  });

  it("answers another workspace's invitation exactly like an unknown id", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const stranger = await createWorkspaceWithUser("owner");
    const { id, token } = await invite(owner, uniqueEmail());
    signInAs(stranger, "owner");
    const foreign = await renewInvitationLinkAction({ id });
    const unknown = await renewInvitationLinkAction({ id: randomUUID() });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(unknown);
    expect((await invitationRow(id)).tokenHash).toBe(hashLinkToken(token));
  });

  it("does not renew a canceled invitation", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const { id } = await invite(owner, uniqueEmail());
    await cancelInvitationAction({ id });
    expect(await renewInvitationLinkAction({ id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
