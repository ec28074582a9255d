// The TOTP second factor through better-auth's two-factor plugin, run for real: enrolment is
// confirmed with a code computed from the secret as an authenticator app would, sign-in then
// asks for the code, a wrong code is refused, and a workspace that requires a second factor
// sends members without one to enrol.
import { describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ getAll: () => [] }),
}));
vi.mock("@/lib/server/client-address", () => ({ getClientAddress: async () => "127.0.0.1" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { getAuth } = await import("@/lib/auth/auth");
const { signIn } = await import("@/lib/auth/sign-in");
const { verifySignInSecondFactor } = await import("@/lib/auth/second-factor");
const { confirmTotpEnrolment, startTotpEnrolment, hasSecondFactor } =
  await import("@/lib/auth/two-factor");
const { getAppSession, requireAppSession } = await import("@/lib/auth/session");
const { setSecondFactorRequired } = await import("@/lib/members/second-factor-requirement");
const { renameWorkspaceAction } = await import("@/app/(app)/settings/workspace-actions");
const { startTotpEnrolmentAction } = await import("@/app/(app)/settings/account-actions");
const { signInToWorkspace } = await import("@/lib/members/workspace-session");
const { route } = await import("@/lib/server/route");
const { getDb } = await import("@/lib/db/client");
const { addSession, createMemberWithPassword, TEST_PASSWORD } =
  await import("../support/password-account");
const { secretOf, totpCode, wrongTotpCode } = await import("../support/totp");

/** Each test its own address, so the shared sign-in throttle never links two tests. */
const someAddress = () =>
  `10.8.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;

/** The request headers a browser sends back after better-auth set these cookies. */
function cookiesFrom(response: Headers): Headers {
  const pairs = response.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
  return new Headers({ cookie: pairs.join("; ") });
}

/** Signs in with the password only, as better-auth does, and returns the browser's cookies. */
async function passwordStep(email: string): Promise<{ cookies: Headers; body: unknown }> {
  const { headers, response } = await getAuth().api.signInEmail({
    body: { email, password: TEST_PASSWORD },
    headers: new Headers(),
    returnHeaders: true,
  });
  return { cookies: cookiesFrom(headers), body: response };
}

/** A member with a confirmed second factor; returns its secret. */
async function enrolledMember(role: "owner" | "editor" = "editor") {
  const member = await createMemberWithPassword(role);
  const { cookies } = await passwordStep(member.email);
  const enrolment = await startTotpEnrolment(TEST_PASSWORD, cookies);
  const secret = secretOf(enrolment.uri);
  await confirmTotpEnrolment(member, totpCode(secret), cookies);
  return { member, secret, enrolment };
}

describe("TOTP second factor", () => {
  it("enrols with a code from the secret; the secret is stored encrypted, backup codes once", async () => {
    const { member, secret, enrolment } = await enrolledMember();

    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(enrolment.secret).toBe(secret);
    expect(enrolment.backupCodes).toHaveLength(10);
    expect(await hasSecondFactor(member.userId)).toBe(true);
    const row = await getDb().twoFactor.findFirstOrThrow({ where: { userId: member.userId } });
    expect(row.verified).toBe(true);
    expect(row.secret).not.toContain(secret);
    for (const code of enrolment.backupCodes) expect(row.backupCodes).not.toContain(code);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { actorId: member.userId, action: "auth.two_factor_enabled" },
    });
    expect(JSON.stringify(event)).not.toContain(secret);
  });

  it("refuses a wrong code at enrolment on the code field and stays off", async () => {
    const member = await createMemberWithPassword("viewer");
    const { cookies } = await passwordStep(member.email);
    const enrolment = await startTotpEnrolment(TEST_PASSWORD, cookies);

    await expect(
      confirmTotpEnrolment(member, wrongTotpCode(secretOf(enrolment.uri)), cookies),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { code: [expect.any(String)] } });
    expect(await hasSecondFactor(member.userId)).toBe(false);
  });

  it("refuses to start enrolment with a wrong password, on the password field", async () => {
    const member = await createMemberWithPassword("viewer");
    const { cookies } = await passwordStep(member.email);
    await expect(startTotpEnrolment("not-my-password-1", cookies)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { password: [expect.any(String)] },
    });
  });

  it("makes sign-in ask for the code: the password alone opens no session", async () => {
    const { member } = await enrolledMember();
    const sessionsBefore = await getDb().session.count({ where: { userId: member.userId } });

    const outcome = await signIn(
      { email: member.email, password: TEST_PASSWORD },
      new Headers(),
      someAddress(),
    );

    expect(outcome).toEqual({ secondFactor: true });
    expect(await getDb().session.count({ where: { userId: member.userId } })).toBe(sessionsBefore);
  });

  it("signs in with the right code and refuses a wrong one", async () => {
    const { member, secret } = await enrolledMember();
    const { cookies, body } = await passwordStep(member.email);
    expect(body).toMatchObject({ twoFactorRedirect: true });
    const sessionsBefore = await getDb().session.count({ where: { userId: member.userId } });

    await expect(
      verifySignInSecondFactor({ code: wrongTotpCode(secret) }, cookies, "127.0.0.1"),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { code: [expect.any(String)] } });
    expect(await getDb().session.count({ where: { userId: member.userId } })).toBe(sessionsBefore);

    await verifySignInSecondFactor({ code: totpCode(secret) }, cookies, "127.0.0.1");
    expect(await getDb().session.count({ where: { userId: member.userId } })).toBe(
      sessionsBefore + 1,
    );
    const signedIn = await getDb().auditEvent.findFirstOrThrow({
      where: { actorId: member.userId, action: "auth.signed_in" },
    });
    expect(signedIn.detail).toEqual({ secondFactor: "totp" });
  });

  it("accepts a backup code once", async () => {
    const { member, enrolment } = await enrolledMember();
    const code = enrolment.backupCodes[0] ?? "";

    const first = await passwordStep(member.email);
    await verifySignInSecondFactor({ code }, first.cookies, "127.0.0.1");
    const second = await passwordStep(member.email);
    await expect(
      verifySignInSecondFactor({ code }, second.cookies, "127.0.0.1"),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("a workspace that requires it sends members without one to enrol, and refuses their actions", async () => {
    const owner = await createMemberWithPassword("owner");
    const { cookies } = await passwordStep(owner.email);
    request.headers = cookies;
    expect((await getAppSession())?.secondFactorMissing).toBe(false);

    await setSecondFactorRequired(owner, true);

    expect((await getAppSession())?.secondFactorMissing).toBe(true);
    await expect(requireAppSession()).rejects.toMatchObject({
      digest: expect.stringContaining("/enrol-second-factor"),
    });
    expect(await renameWorkspaceAction({ workspaceName: "Elsewhere" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    let handled = false;
    const handler = route("workspace:read", async () => {
      handled = true;
      return new Response("ok");
    });
    const answer = await handler(new Request("http://127.0.0.1/api/x"), {
      params: Promise.resolve({ id: owner.workspaceId }),
    });
    expect(answer.status).toBe(404);
    expect(handled).toBe(false);
    // Enrolment itself stays open.
    const started = await startTotpEnrolmentAction({ password: TEST_PASSWORD });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    await confirmTotpEnrolment(owner, totpCode(started.data.secret), cookies);

    const { cookies: afterEnrolment } = await passwordStep(owner.email);
    expect(afterEnrolment.get("cookie")).toContain("two_factor");
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { workspaceId: owner.workspaceId, action: "workspace.second_factor_required" },
    });
    expect(event.actorId).toBe(owner.userId);
  });

  it("an invitation accepted by an account with a second factor asks for the code and touches no other session", async () => {
    const { member } = await enrolledMember();
    const bystander = await createMemberWithPassword("viewer");
    const bystanderSession = await addSession(bystander.userId);
    request.headers = new Headers();

    expect(
      await signInToWorkspace({ email: member.email, password: TEST_PASSWORD }, member.workspaceId),
    ).toBe(false);

    const untouched = await getDb().session.findUniqueOrThrow({ where: { id: bystanderSession } });
    expect(untouched.activeWorkspaceId).toBeNull();
  });
});
