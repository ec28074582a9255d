// Sign-in throttling, counted in PostgreSQL (lib/auth/store.ts) so every app instance shares it.
// Only failed password checks count, per client address and per (account email, address) pair, so
// strangers guessing from other addresses can never lock the owner out: an address with no
// recent failures is always let through to the password check. A refused request writes
// nothing, and the keys are hashes of fixed length whatever the request carried.
import { createHash } from "node:crypto";
import { countFailures, readFailures, clearAttempts } from "@/lib/auth/store";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins from one address, whatever accounts it tries (password spraying). */
export const MAX_FAILURES_PER_ADDRESS = 30;
/** Failed sign-ins on one account from one address (guessing one person's password). */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;

/** Every sign-in key starts with this, so pruning touches no other counter in the table. */
export const SIGN_IN_KEY_PREFIX = "sign-in:";

const digest = (value: string) => createHash("sha256").update(value).digest("hex");
const addressKey = (address: string) => `${SIGN_IN_KEY_PREFIX}ip:${digest(address)}`;
// Keyed by the email whether or not an account uses it: an unknown email is refused after as
// many failures as a known one, so the throttle cannot tell which emails have accounts.
const pairKey = (email: string, address: string) =>
  `${SIGN_IN_KEY_PREFIX}account-ip:${digest(`${email.toLowerCase()}\n${address}`)}`;

export interface SignInAttempt {
  clientAddress: string;
  email: string;
}

/** The counters an attempt reads and adds to (exported for the tests that look at the rows). */
export const signInThrottleKeys = ({ clientAddress, email }: SignInAttempt) => ({
  address: addressKey(clientAddress),
  pair: pairKey(email, clientAddress),
});

export interface ThrottleResult {
  allowed: boolean;
  retryAfterMinutes: number;
}

/** Reads the counters only: asking is free, so a refused request adds no row. */
export async function checkSignInThrottle(attempt: SignInAttempt): Promise<ThrottleResult> {
  const keys = signInThrottleKeys(attempt);
  const counts = await readFailures([keys.address, keys.pair], Date.now() - SIGN_IN_WINDOW_MS);
  const allowed =
    (counts.get(keys.address) ?? 0) < MAX_FAILURES_PER_ADDRESS &&
    (counts.get(keys.pair) ?? 0) < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS;
  return { allowed, retryAfterMinutes: Math.ceil(SIGN_IN_WINDOW_MS / 60_000) };
}

/** Counts a wrong email or password; also deletes the counters whose window has passed. */
export async function recordSignInFailure(attempt: SignInAttempt): Promise<void> {
  const keys = signInThrottleKeys(attempt);
  await countFailures([keys.address, keys.pair], Date.now(), SIGN_IN_WINDOW_MS, SIGN_IN_KEY_PREFIX);
}

/**
 * A successful sign-in clears the pair's counter, so a typo or two costs nothing later. The
 * address' counter stays: signing in to one's own account must not wipe the count of guesses
 * made from the same address at other accounts.
 */
export async function clearSignInFailures(attempt: SignInAttempt): Promise<void> {
  await clearAttempts(signInThrottleKeys(attempt).pair);
}
