// A session ends after SESSION_IDLE_MINUTES without a request (default 30) and SESSION_MAX_HOURS
// after sign-in (default 12), checked by getAppSession on every request. The session row's
// timestamps are moved back in the database to stand for the time that passed.
import { describe, expect, it, vi } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { createMemberWithPassword } from "../support/password-account";

let cookieHeader = "";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: cookieHeader }),
  cookies: async () => ({
    getAll: () =>
      cookieHeader
        .split("; ")
        .filter(Boolean)
        .map((pair) => ({ name: pair.split("=")[0] ?? "", value: pair.split("=")[1] ?? "" })),
  }),
}));

const { getAppSession, requireAppSession } = await import("@/lib/auth/session");

const PASSWORD = "Amber-Tide-Compass-17";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Signs a new user in for real and sends its session cookie with the next requests. */
async function signedInUser() {
  const user = await createMemberWithPassword("owner", PASSWORD);
  const { headers } = await getAuth().api.signInEmail({
    body: { email: user.email, password: PASSWORD },
    headers: new Headers(),
    returnHeaders: true,
  });
  const setCookie = headers.get("set-cookie") ?? "";
  const session = setCookie.split(/,\s*/).find((c) => c.includes("nsha.session_token="));
  cookieHeader = session?.split(";")[0] ?? "";
  expect(cookieHeader).toContain("nsha.session_token=");
  return user;
}

/** The user's only session, with its timestamps moved to `ago` milliseconds before now. */
async function age(userId: string, ago: { created: number; lastActive: number }) {
  const now = Date.now();
  await getDb().session.updateMany({
    where: { userId },
    data: { createdAt: new Date(now - ago.created), updatedAt: new Date(now - ago.lastActive) },
  });
}

const sessionRows = (userId: string) => getDb().session.findMany({ where: { userId } });

describe("session lifetime", () => {
  it("keeps an active session and stamps its activity", async () => {
    const user = await signedInUser();
    await age(user.userId, { created: 2 * HOUR, lastActive: 10 * MINUTE });
    expect(await getAppSession()).toMatchObject({ userId: user.userId });
    const [row] = await sessionRows(user.userId);
    expect(Date.now() - (row?.updatedAt.getTime() ?? 0)).toBeLessThan(MINUTE);
  });

  it("ends a session idle for longer than SESSION_IDLE_MINUTES", async () => {
    const user = await signedInUser();
    await age(user.userId, { created: 2 * HOUR, lastActive: 31 * MINUTE });
    expect(await getAppSession()).toBeNull();
    expect(await sessionRows(user.userId)).toEqual([]);
  });

  it("ends a busy session SESSION_MAX_HOURS after sign-in", async () => {
    const user = await signedInUser();
    await age(user.userId, { created: 12 * HOUR + MINUTE, lastActive: MINUTE / 2 });
    expect(await getAppSession()).toBeNull();
    expect(await sessionRows(user.userId)).toEqual([]);
  });

  it("sends the browser of an ended session to 'Your session has expired'", async () => {
    const user = await signedInUser();
    await age(user.userId, { created: 13 * HOUR, lastActive: 13 * HOUR });
    await expect(requireAppSession()).rejects.toMatchObject({
      digest: expect.stringContaining("/sign-in?expired=1"),
    });
  });
});
