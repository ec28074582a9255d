// Accepting an invitation from its link: as a new account or with an existing one, through the
// real public actions (real password hashing, real sign-in) against the real database.
import { randomUUID } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS } from "@/lib/auth/sign-in-throttle";
import { getDb } from "@/lib/db/client";
import { findInvitationForToken } from "@/lib/members/accept-invitation";
import { createWorkspaceWithUser } from "../support/fixtures";
import { createMemberWithPassword } from "../support/password-account";
import { setClientAddress, setSessionProfile, signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "http://localhost:3000" }),
}));
vi.mock("@/lib/mail/smtp-settings", () => ({ getSmtpSettings: () => null }));

setSessionProfile({
  userName: "Olivia Owner",
  email: "owner@example.test",
  workspaceName: "Datacenter team",
});

const { cancelInvitationAction, inviteMemberAction } =
  await import("@/app/(app)/settings/members/actions");
const { acceptWithExistingAccountAction, acceptWithNewAccountAction } =
  await import("@/app/(auth)/invite/[token]/actions");

type Owner = Awaited<ReturnType<typeof createWorkspaceWithUser>>;

const PASSWORD = "Stable-Horse-Battery-9";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function invite(owner: Owner, email: string, role: "editor" | "viewer" = "editor") {
  signInAs(owner, "owner");
  const result = await inviteMemberAction({ email, role });
  signOut();
  if (!result.ok) throw new Error(`invite failed: ${result.error}`);
  const token = result.data.link.slice(result.data.link.lastIndexOf("/") + 1);
  return { id: result.data.id, token };
}

/** An account with a password, owning a workspace of its own. */
async function accountWithPassword(password = PASSWORD): Promise<Owner> {
  const person = await createMemberWithPassword("owner", password);
  return person;
}

/** The action redirects on success: Next's redirect is a thrown signal carrying the target. */
async function expectRedirectTo(promise: Promise<unknown>, path: string) {
  await expect(promise).rejects.toMatchObject({
    digest: expect.stringContaining(`;${path};`),
  });
}

const uniqueEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.test`;

/** Two invitations that can no longer be used: one past its expiry, one the owner canceled. */
async function expiredAndCanceled(owner: Owner) {
  const expired = await invite(owner, uniqueEmail());
  await getDb().invitation.update({
    where: { id: expired.id },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  const canceled = await invite(owner, uniqueEmail());
  signInAs(owner, "owner");
  expect(await cancelInvitationAction({ id: canceled.id })).toMatchObject({ ok: true });
  signOut();
  return { expired, canceled };
}

const invitationRow = (id: string) => getDb().invitation.findUniqueOrThrow({ where: { id } });

// Each test its own address, so the shared sign-in throttle never links two tests.
let clientAddress = "10.0.0.1";
beforeEach(() => {
  signOut();
  clientAddress = `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
  setClientAddress(clientAddress);
});

describe("the invitation page's lookup", () => {
  it("finds a pending invitation by its token, and says whether an account exists", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const email = uniqueEmail();
    const { id, token } = await invite(owner, email, "viewer");
    expect(await findInvitationForToken(token)).toMatchObject({
      id,
      workspaceId: owner.workspaceId,
      workspaceName: "Test workspace",
      email,
      role: "viewer",
      hasAccount: false,
    });
    const existing = await accountWithPassword();
    const second = await invite(owner, existing.email);
    expect(await findInvitationForToken(second.token)).toMatchObject({ hasAccount: true });
  });

  it("finds nothing for an unknown, malformed, expired or canceled token", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const { expired, canceled } = await expiredAndCanceled(owner);
    for (const token of [
      "A".repeat(43),
      "not a token",
      `${expired.token}x`,
      expired.token,
      canceled.token,
    ]) {
      expect(await findInvitationForToken(token)).toBeNull();
    }
  });
});

describe("acceptWithNewAccountAction", () => {
  it("creates the account and membership, accepts, signs in to the new workspace; audited", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const email = uniqueEmail();
    const { id, token } = await invite(owner, email, "viewer");

    await expectRedirectTo(
      acceptWithNewAccountAction(form({ token, name: "Nina New", password: PASSWORD })),
      "/topologies",
    );

    const user = await getDb().user.findUniqueOrThrow({
      where: { email },
      include: { accounts: true, memberships: true, sessions: true },
    });
    expect(user.name).toBe("Nina New");
    expect(user.accounts).toHaveLength(1);
    const [account] = user.accounts;
    expect(account?.providerId).toBe("credential");
    expect(account?.password).not.toContain(PASSWORD);
    expect(await verifyPassword({ hash: account?.password ?? "", password: PASSWORD })).toBe(true);
    expect(user.memberships.map((m) => [m.workspaceId, m.role])).toEqual([
      [owner.workspaceId, "viewer"],
    ]);
    // Signed in, and the invitation's workspace is the session's active one.
    expect(user.sessions.map((s) => s.activeWorkspaceId)).toEqual([owner.workspaceId]);

    expect(await invitationRow(id)).toMatchObject({
      status: "accepted",
      acceptedById: user.id,
      acceptedAt: expect.any(Date),
    });
    const events = await getDb().auditEvent.findMany({
      where: { workspaceId: owner.workspaceId, action: "invitation.accepted" },
    });
    expect(events.map((e) => [e.actorId, e.targetId, e.detail, e.ipAddress])).toEqual([
      [user.id, id, { email, role: "viewer", newAccount: true }, clientAddress],
    ]);
    // Neither the token nor the password is anywhere in what was stored.
    const dump = JSON.stringify([
      await getDb().invitation.findMany({ where: { workspaceId: owner.workspaceId } }),
      await getDb().auditEvent.findMany({ where: { workspaceId: owner.workspaceId } }),
    ]);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(PASSWORD);
  });

  it("works once: a reused link is no longer valid and changes nothing", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const { token } = await invite(owner, uniqueEmail());
    await expectRedirectTo(
      acceptWithNewAccountAction(form({ token, name: "First", password: PASSWORD })),
      "/topologies",
    );
    const again = await acceptWithNewAccountAction(
      form({ token, name: "Second", password: PASSWORD }),
    );
    expect(again).toEqual({
      ok: false,
      code: "NOT_FOUND",
      error: "This invitation is no longer valid.",
      fieldErrors: undefined,
    });
    expect(await findInvitationForToken(token)).toBeNull();
    expect(await getDb().membership.count({ where: { workspaceId: owner.workspaceId } })).toBe(2);
  });

  it("refuses an expired or canceled invitation with the same answer as an unknown link", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const { expired, canceled } = await expiredAndCanceled(owner);

    const answers = [];
    for (const token of [expired.token, canceled.token, "B".repeat(43)]) {
      answers.push(
        await acceptWithNewAccountAction(form({ token, name: "Late", password: PASSWORD })),
      );
    }
    expect(answers[0]).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await getDb().membership.count({ where: { workspaceId: owner.workspaceId } })).toBe(1);
    expect((await invitationRow(expired.id)).status).toBe("pending");
  });

  it("gives field errors for a weak password or a missing name, creating nothing", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const email = uniqueEmail();
    const { id, token } = await invite(owner, email);
    const result = await acceptWithNewAccountAction(form({ token, name: " ", password: "short" }));
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!result.ok && result.fieldErrors?.name).toEqual(["Enter your name."]);
    expect(!result.ok && result.fieldErrors?.password?.[0]).toMatch(/at least 12 characters/);
    const common = await acceptWithNewAccountAction(
      form({ token, name: "N", password: "password1234" }),
    );
    expect(!common.ok && common.fieldErrors?.password?.[0]).toMatch(/too common/);
    expect(await getDb().user.findUnique({ where: { email } })).toBeNull();
    expect((await invitationRow(id)).status).toBe("pending");
  });
});

describe("acceptWithExistingAccountAction", () => {
  it("adds the membership to the existing account once its password is given", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const existing = await accountWithPassword();
    const { id, token } = await invite(owner, existing.email, "editor");

    await expectRedirectTo(
      acceptWithExistingAccountAction(form({ token, password: PASSWORD })),
      "/topologies",
    );

    const memberships = await getDb().membership.findMany({
      where: { userId: existing.userId },
      orderBy: { createdAt: "asc" },
    });
    expect(memberships.map((m) => [m.workspaceId, m.role])).toEqual([
      [existing.workspaceId, "owner"],
      [owner.workspaceId, "editor"],
    ]);
    // The new workspace is the active one in the session just started.
    const sessions = await getDb().session.findMany({ where: { userId: existing.userId } });
    expect(sessions.map((s) => s.activeWorkspaceId)).toEqual([owner.workspaceId]);
    expect(await invitationRow(id)).toMatchObject({
      status: "accepted",
      acceptedById: existing.userId,
    });
    const events = await getDb().auditEvent.findMany({
      where: { workspaceId: owner.workspaceId, action: "invitation.accepted" },
    });
    expect(events.map((e) => e.detail)).toEqual([
      { email: existing.email, role: "editor", newAccount: false },
    ]);
    // No second account for the same address.
    expect(await getDb().user.count({ where: { email: existing.email } })).toBe(1);
  });

  it("gives a field error for a wrong password and changes nothing", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const existing = await accountWithPassword();
    const { id, token } = await invite(owner, existing.email);
    const result = await acceptWithExistingAccountAction(
      form({ token, password: "Wrong-Password-123" }),
    );
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!result.ok && result.fieldErrors?.password).toEqual(["Wrong password. Try again."]);
    const empty = await acceptWithExistingAccountAction(form({ token, password: "" }));
    expect(!empty.ok && empty.fieldErrors?.password).toEqual(["Enter your password."]);
    expect((await invitationRow(id)).status).toBe("pending");
    expect(await getDb().membership.count({ where: { workspaceId: owner.workspaceId } })).toBe(1);
    expect(await getDb().session.count({ where: { userId: existing.userId } })).toBe(0);
  });

  it("throttles password guesses like sign-in", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const existing = await accountWithPassword();
    const { token } = await invite(owner, existing.email);
    const codes = [];
    for (let i = 0; i <= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i += 1) {
      const result = await acceptWithExistingAccountAction(
        form({ token, password: `Wrong-Password-${i}` }),
      );
      codes.push(result.ok ? "ok" : result.code);
    }
    expect(codes.slice(0, -1).every((code) => code === "INVALID_INPUT")).toBe(true);
    expect(codes.at(-1)).toBe("RATE_LIMITED");
  });

  it("refuses a reused link", async () => {
    const owner = await createWorkspaceWithUser("owner");
    const existing = await accountWithPassword();
    const { token } = await invite(owner, existing.email);
    await expectRedirectTo(
      acceptWithExistingAccountAction(form({ token, password: PASSWORD })),
      "/topologies",
    );
    expect(
      await acceptWithExistingAccountAction(form({ token, password: PASSWORD })),
    ).toMatchObject({ ok: false, code: "NOT_FOUND", error: "This invitation is no longer valid." });
  });
});
