// Sign-in throttling: fixed windows per client address and per account, counted in PostgreSQL
// (lib/auth/store.ts) so every app instance shares the count.
import { clearAttempts, countAttempt } from "@/lib/auth/store";

const WINDOW_MS = 10 * 60 * 1000;
const MAX_PER_ADDRESS = 30;
const MAX_PER_ACCOUNT = 10;

export interface ThrottleResult {
  allowed: boolean;
  retryAfterMinutes: number;
}

const accountKey = (email: string) => `sign-in:email:${email.toLowerCase()}`;

export async function checkSignInThrottle(address: string, email: string): Promise<ThrottleResult> {
  const now = Date.now();
  const [byAddress, byAccount] = await Promise.all([
    countAttempt(`sign-in:ip:${address}`, now, WINDOW_MS),
    countAttempt(accountKey(email), now, WINDOW_MS),
  ]);
  const allowed = byAddress <= MAX_PER_ADDRESS && byAccount <= MAX_PER_ACCOUNT;
  return { allowed, retryAfterMinutes: Math.ceil(WINDOW_MS / 60_000) };
}

/** A successful sign-in clears the account's counter, so a typo or two costs nothing later. */
export async function clearAccountThrottle(email: string): Promise<void> {
  await clearAttempts(accountKey(email));
}
