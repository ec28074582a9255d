// Signing in under attack: strangers guessing cannot lock the owner out, the answer does not
// say which emails have accounts, failures are audited, and the throttle's table stays small
// (refused and oversized requests write nothing; windows that have passed are deleted).
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { ActionError } from "@/lib/action-result";
import { signIn } from "@/lib/auth/sign-in";
import {
  MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  MAX_FAILURES_PER_ADDRESS,
  SIGN_IN_WINDOW_MS,
  recordSignInFailure,
  signInThrottleKeys,
} from "@/lib/auth/sign-in-throttle";
import { getDb } from "@/lib/db/client";
import { createMemberWithPassword } from "../support/password-account";

let clientAddress = "127.0.0.1";
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/server/client-address", () => ({ getClientAddress: async () => clientAddress }));

const { signInAction } = await import("@/app/(auth)/sign-in/actions");

const PASSWORD = "Quiet-Lantern-Orbit-42";

async function ownerWithPassword() {
  const owner = await createMemberWithPassword("owner", PASSWORD);
  return owner;
}

let nextOctet = 0;
/** A fresh address per call, so tests never share a counter. */
function freshAddress(): string {
  nextOctet += 1;
  const random = () => Math.floor(Math.random() * 250) + 1;
  return `10.${random()}.${random()}.${(nextOctet % 250) + 1}`;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function rowsFor(attempt: { clientAddress: string; email: string }) {
  const { address, pair } = signInThrottleKeys(attempt);
  const rows = await getDb().rateLimit.findMany({ where: { key: { in: [address, pair] } } });
  return Object.fromEntries(
    rows.map((row) => [row.key === address ? "address" : "pair", row.count]),
  );
}

const wrongPassword = (email: string, address: string) =>
  signIn({ email, password: "Not-The-Password-1" }, new Headers(), address).then(
    () => "signed in",
    (error: unknown) => (error instanceof ActionError ? error.code : "unexpected"),
  );

/** Signs in with the right password and finds the sign-in in the audit log. */
async function expectSignedIn(owner: { userId: string; email: string }, address: string) {
  await signIn({ email: owner.email, password: PASSWORD }, new Headers(), address);
  const signedIn = await getDb().auditEvent.count({
    where: { action: "auth.signed_in", actorId: owner.userId, ipAddress: address },
  });
  expect(signedIn).toBe(1);
}

describe("sign-in throttle", () => {
  it("lets the owner in with the right password from a clean address after 11 wrong ones from 11 others", async () => {
    const owner = await ownerWithPassword();
    const outcomes = [];
    for (let i = 0; i < 11; i += 1) outcomes.push(await wrongPassword(owner.email, freshAddress()));
    expect(outcomes).toEqual(Array(11).fill("INVALID_INPUT"));

    await expectSignedIn(owner, freshAddress());
  });

  it("refuses an (account, address) pair after its failures, even the right password, and no other", async () => {
    const owner = await ownerWithPassword();
    const attacker = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i += 1) {
      expect(await wrongPassword(owner.email, attacker)).toBe("INVALID_INPUT");
    }
    const refused = signIn({ email: owner.email, password: PASSWORD }, new Headers(), attacker);
    await expect(refused).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expectSignedIn(owner, freshAddress());
  });

  it("answers an unknown email exactly like a wrong password, and throttles it alike", async () => {
    const owner = await ownerWithPassword();
    clientAddress = freshAddress();
    const unknown = await signInAction(
      form({ email: `nobody-${randomUUID()}@example.test`, password: "Not-The-Password-1" }),
    );
    const wrong = await signInAction(form({ email: owner.email, password: "Not-The-Password-1" }));
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!wrong.ok && wrong.fieldErrors?.password?.[0]).toMatch(/email address or the password/);
    expect(!wrong.ok && wrong.fieldErrors?.email).toBeUndefined();

    const stranger = `nobody-${randomUUID()}@example.test`;
    const address = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i += 1) {
      expect(await wrongPassword(stranger, address)).toBe("INVALID_INPUT");
    }
    expect(await wrongPassword(stranger, address)).toBe("RATE_LIMITED");
  });

  it("adds no row for a refused request", async () => {
    const owner = await ownerWithPassword();
    const address = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i += 1) {
      await wrongPassword(owner.email, address);
    }
    const before = await rowsFor({ clientAddress: address, email: owner.email });
    expect(before).toEqual({
      address: MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
      pair: MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS,
    });
    expect(await wrongPassword(owner.email, address)).toBe("RATE_LIMITED");
    expect(await rowsFor({ clientAddress: address, email: owner.email })).toEqual(before);

    // An address at its limit: a new email from it is refused and gets no counter either.
    const sprayer = freshAddress();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
      await recordSignInFailure({ clientAddress: sprayer, email: `s${i}@example.test` });
    }
    const fresh = `fresh-${randomUUID()}@example.test`;
    expect(await wrongPassword(fresh, sprayer)).toBe("RATE_LIMITED");
    expect(await rowsFor({ clientAddress: sprayer, email: fresh })).toEqual({
      address: MAX_FAILURES_PER_ADDRESS,
    });
  });

  it("deletes sign-in counters whose window has passed when it records a failure, and only those", async () => {
    const db = getDb();
    const old = BigInt(Date.now() - SIGN_IN_WINDOW_MS - 60_000);
    const expired = `sign-in:test-expired-${randomUUID()}`;
    const live = `sign-in:test-live-${randomUUID()}`;
    const otherFeature = `elsewhere:test-${randomUUID()}`;
    await db.rateLimit.createMany({
      data: [
        { id: expired, key: expired, count: 3, lastRequest: old },
        { id: live, key: live, count: 3, lastRequest: BigInt(Date.now()) },
        { id: otherFeature, key: otherFeature, count: 3, lastRequest: old },
      ],
    });
    await recordSignInFailure({ clientAddress: freshAddress(), email: "x@example.test" });
    const left = await db.rateLimit.findMany({
      where: { key: { in: [expired, live, otherFeature] } },
      select: { key: true },
    });
    expect(left.map((row) => row.key).sort()).toEqual([otherFeature, live].sort());
    await db.rateLimit.deleteMany({ where: { key: { in: [live, otherFeature] } } });
  });

  it("keeps keys short whatever the email and address", () => {
    const keys = signInThrottleKeys({ clientAddress: "f".repeat(5000), email: "a".repeat(20_000) });
    expect(keys.address.length).toBeLessThan(100);
    expect(keys.pair.length).toBeLessThan(100);
  });
});

describe("sign-in input", () => {
  it.each([
    ["5,000", 5_000],
    ["20 kB", 20_000],
  ])("answers a %s-character email with a field error and writes no counter", async (_, size) => {
    clientAddress = freshAddress();
    const email = `${"a".repeat(size - "@example.test".length)}@example.test`;
    const result = await signInAction(form({ email, password: "Not-The-Password-1" }));
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(!result.ok && result.fieldErrors?.email).toEqual(["Use at most 254 characters."]);
    expect(await rowsFor({ clientAddress, email })).toEqual({});
    const long = await getDb().$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "rate_limits" WHERE length("key") > 200`;
    expect(Number(long[0]?.n)).toBe(0);
  });

  it("answers an overlong password with a field error", async () => {
    clientAddress = freshAddress();
    const result = await signInAction(
      form({ email: "someone@example.test", password: "p".repeat(1025) }),
    );
    expect(!result.ok && result.fieldErrors?.password).toEqual(["Use at most 1024 characters."]);
  });
});

describe("failed sign-ins in the audit log", () => {
  it("records a wrong password against the account, with the address and email, never the password", async () => {
    const owner = await ownerWithPassword();
    const address = freshAddress();
    await wrongPassword(owner.email, address);
    const events = await getDb().auditEvent.findMany({
      where: { action: "auth.sign_in_failed", targetId: owner.userId },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: null,
      workspaceId: owner.workspaceId,
      targetType: "user",
      ipAddress: address,
      detail: { email: owner.email },
    });
    expect(JSON.stringify(events[0])).not.toContain("Not-The-Password-1");
  });

  it("records an unknown email with the address only", async () => {
    const address = freshAddress();
    const email = `nobody-${randomUUID()}@example.test`;
    await wrongPassword(email, address);
    const events = await getDb().auditEvent.findMany({
      where: { action: "auth.sign_in_failed", ipAddress: address },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, workspaceId: null, targetId: null });
    expect(JSON.stringify(events[0])).not.toContain(email);
  });
});
