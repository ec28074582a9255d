// One-time password reset links (Settings › Members): only owners issue them, only for editors
// and viewers whose every workspace the owner owns; the token is shown once and stored only as a
// SHA-256 hash; the link expires within the hour, works once even when two requests race, and
// ends every session of the member.
import { createHash, randomUUID } from "node:crypto";
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "127.0.0.1:3000" }) }));

const { issueResetLinkAction } = await import("@/app/(app)/settings/members/actions");
const { resetPassword, findResetLinkForToken, RESET_LINK_LIFETIME_MS } =
  await import("@/lib/auth/reset-links");
const { signInAs } = await import("../support/session-double");
const { getDb } = await import("@/lib/db/client");
const { addSession, createMemberWithPassword } = await import("../support/password-account");

const NEW_PASSWORD = "Quiet-River-Lantern-42";

/** An owner's workspace with a member of `role` who has a password and two sessions. */
async function ownerAndMember(role: "editor" | "viewer" | "owner" = "editor") {
  const owner = await createMemberWithPassword("owner");
  const member = await createMemberWithPassword("viewer");
  const db = getDb();
  // The member belongs only to the owner's workspace.
  await db.membership.deleteMany({ where: { userId: member.userId } });
  const membershipId = randomUUID();
  await db.membership.create({
    data: { id: membershipId, workspaceId: owner.workspaceId, userId: member.userId, role },
  });
  const sessions = [await addSession(member.userId), await addSession(member.userId)];
  return { owner, member: { ...member, workspaceId: owner.workspaceId }, membershipId, sessions };
}

async function issue(owner: { userId: string; workspaceId: string }, membershipId: string) {
  signInAs(owner, "owner");
  const result = await issueResetLinkAction({ membershipId });
  if (!result.ok) throw new Error(result.error);
  const token = result.data.link.split("/reset/")[1] ?? "";
  return { ...result.data, token };
}

describe("password reset links", () => {
  it("stores only the SHA-256 of the token, expires within the hour and is audited", async () => {
    const { owner, member, membershipId } = await ownerAndMember();
    const before = Date.now();
    const issued = await issue(owner, membershipId);

    expect(issued.link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/reset\/[A-Za-z0-9_-]{43}$/);
    const row = await getDb().passwordResetLink.findFirstOrThrow({
      where: { userId: member.userId },
    });
    expect(row.tokenHash).toBe(createHash("sha256").update(issued.token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(issued.token);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(RESET_LINK_LIFETIME_MS + 1000);
    expect(RESET_LINK_LIFETIME_MS).toBeLessThanOrEqual(60 * 60 * 1000);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "member.password_reset_issued", targetId: member.userId },
    });
    expect(event.actorId).toBe(owner.userId);
    expect(JSON.stringify(event)).not.toContain(issued.token);
  });

  it("sets the password, ends every session of the member and is audited as used", async () => {
    const { owner, member, membershipId, sessions } = await ownerAndMember("viewer");
    const { token } = await issue(owner, membershipId);
    expect(await findResetLinkForToken(token)).toMatchObject({ userId: member.userId });

    await resetPassword(
      { token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      "127.0.0.1",
    );

    const account = await getDb().account.findFirstOrThrow({ where: { userId: member.userId } });
    expect(await verifyPassword({ hash: account.password ?? "", password: NEW_PASSWORD })).toBe(
      true,
    );
    expect(await getDb().session.count({ where: { id: { in: sessions } } })).toBe(0);
    const used = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "member.password_reset_used", targetId: member.userId },
    });
    expect(used.actorId).toBe(member.userId);
    expect(await findResetLinkForToken(token)).toBeNull();
  });

  it("works once, even when two requests race with the same link", async () => {
    const { owner, membershipId } = await ownerAndMember();
    const { token } = await issue(owner, membershipId);
    const input = { token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD };

    const outcomes = await Promise.allSettled([
      resetPassword(input, "127.0.0.1"),
      resetPassword(input, "127.0.0.1"),
      resetPassword(input, "127.0.0.1"),
    ]);

    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((o) => o.status === "rejected")) {
      expect(String(outcome.reason)).toMatch(/expired or was used already/);
    }
    await expect(resetPassword(input, "127.0.0.1")).rejects.toThrow(/used already/);
  });

  it("refuses an expired link", async () => {
    const { owner, membershipId } = await ownerAndMember();
    const { token } = await issue(owner, membershipId);
    const later = new Date(Date.now() + RESET_LINK_LIFETIME_MS + 1000);

    await expect(
      resetPassword(
        { token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
        "127.0.0.1",
        later,
      ),
    ).rejects.toThrow(/expired/);
  });

  it("only the newest link of a member works", async () => {
    const { owner, membershipId } = await ownerAndMember();
    const first = await issue(owner, membershipId);
    await issue(owner, membershipId);
    expect(await findResetLinkForToken(first.token)).toBeNull();
  });

  it("is refused for another owner, for oneself and for someone in a workspace the owner does not own", async () => {
    const { owner, membershipId } = await ownerAndMember("owner");
    signInAs(owner, "owner");
    const peer = await issueResetLinkAction({ membershipId });
    expect(peer).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const self = await getDb().membership.findFirstOrThrow({
      where: { userId: owner.userId, workspaceId: owner.workspaceId },
    });
    expect(await issueResetLinkAction({ membershipId: self.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });

    const elsewhere = await ownerAndMember("editor");
    const otherOwner = await createMemberWithPassword("owner");
    await getDb().membership.create({
      data: {
        id: randomUUID(),
        workspaceId: otherOwner.workspaceId,
        userId: elsewhere.member.userId,
        role: "viewer",
      },
    });
    signInAs(elsewhere.owner, "owner");
    const crossWorkspace = await issueResetLinkAction({ membershipId: elsewhere.membershipId });
    expect(crossWorkspace).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await getDb().passwordResetLink.count({ where: { userId: elsewhere.member.userId } }),
    ).toBe(0);
  });

  it("is refused to editors and viewers", async () => {
    const { owner, membershipId } = await ownerAndMember();
    signInAs(owner, "editor");
    expect(await issueResetLinkAction({ membershipId })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });
});
