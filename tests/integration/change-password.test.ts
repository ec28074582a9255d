// Changing one's own password (Settings › Account): the current password is required, the new
// one follows the policy and is typed twice, and every other session of the user ends.
import { verifyPassword } from "better-auth/crypto";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));
const keep = vi.hoisted(() => ({ sessionId: null as string | null }));
vi.mock("@/lib/members/workspace-session", () => ({
  currentSessionId: async () => keep.sessionId,
}));

const { changePasswordAction } = await import("@/app/(app)/settings/account-actions");
const { signInAs } = await import("../support/session-double");
const { getDb } = await import("@/lib/db/client");
const { addSession, createMemberWithPassword, TEST_PASSWORD } =
  await import("../support/password-account");

const NEW_PASSWORD = "Quiet-River-Lantern-42";

async function passwordHashOf(userId: string): Promise<string> {
  const account = await getDb().account.findFirstOrThrow({
    where: { userId, providerId: "credential" },
  });
  return account.password ?? "";
}

describe("change password", () => {
  it("sets the new password, keeps this session and ends the user's others", async () => {
    const member = await createMemberWithPassword("viewer");
    const current = await addSession(member.userId);
    const other = await addSession(member.userId);
    const another = await addSession(member.userId);
    const stranger = await createMemberWithPassword("viewer");
    const strangersSession = await addSession(stranger.userId);
    keep.sessionId = current;
    signInAs(member, "viewer");

    const result = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });

    expect(result).toEqual({ ok: true, data: { sessionsRevoked: 2 } });
    const left = await getDb().session.findMany({
      where: { id: { in: [current, other, another, strangersSession] } },
      select: { id: true },
    });
    expect(left.map((s) => s.id).sort()).toEqual([current, strangersSession].sort());
    const hash = await passwordHashOf(member.userId);
    expect(await verifyPassword({ hash, password: NEW_PASSWORD })).toBe(true);
    expect(await verifyPassword({ hash, password: TEST_PASSWORD })).toBe(false);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { actorId: member.userId, action: "auth.password_changed" },
    });
    expect(event.detail).toEqual({ sessionsRevoked: 2 });
    expect(JSON.stringify(event)).not.toContain(NEW_PASSWORD);
  });

  it("refuses a wrong current password on its field and changes nothing", async () => {
    const member = await createMemberWithPassword("editor");
    const other = await addSession(member.userId);
    keep.sessionId = null;
    signInAs(member, "editor");
    const before = await passwordHashOf(member.userId);

    const result = await changePasswordAction({
      currentPassword: "not-the-password-1",
      newPassword: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });

    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!result.ok && result.fieldErrors?.currentPassword?.[0]).toMatch(/not your current/);
    expect(await passwordHashOf(member.userId)).toBe(before);
    expect(await getDb().session.count({ where: { id: other } })).toBe(1);
  });

  it("puts policy, confirmation and reuse problems beside their fields", async () => {
    const member = await createMemberWithPassword("owner");
    signInAs(member, "owner");

    const short = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      newPassword: "short",
      confirmPassword: "short",
    });
    expect(!short.ok && short.fieldErrors?.newPassword?.[0]).toMatch(/at least/i);

    const differ = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
      confirmPassword: `${NEW_PASSWORD}x`,
    });
    expect(!differ.ok && differ.fieldErrors?.confirmPassword?.[0]).toMatch(/differ/);

    const same = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      newPassword: TEST_PASSWORD,
      confirmPassword: TEST_PASSWORD,
    });
    expect(!same.ok && same.fieldErrors?.newPassword?.[0]).toMatch(/different/);
  });
});
