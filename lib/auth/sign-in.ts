// Email + password sign-in. The password is checked before anything is counted, only failures
// count (lib/auth/sign-in-throttle.ts), and an unknown email and a wrong password get the same
// answer after the same work (better-auth hashes the password for an unknown email too), so
// the form cannot be used to find out which emails have accounts.
import { APIError } from "better-auth/api";
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import { getAuth } from "@/lib/auth/auth";
import { currentPasswordField, emailField } from "@/lib/auth/credential-fields";
import {
  checkSignInThrottle,
  clearSignInFailures,
  recordSignInFailure,
  type SignInAttempt,
} from "@/lib/auth/sign-in-throttle";
import { findUserIdByEmail } from "@/lib/auth/store";
import { audit } from "@/lib/audit/record";
import { findMembershipForUser } from "@/lib/members/memberships";

export const signInSchema = z.object({
  email: emailField("Enter the email address of your account."),
  password: currentPasswordField,
});

/** Whether the password was enough, or the account's second factor is asked for next. */
export interface SignInOutcome {
  secondFactor: boolean;
}

const WRONG_CREDENTIALS = "The email address or the password is wrong.";

export async function signIn(
  input: z.infer<typeof signInSchema>,
  requestHeaders: Headers,
  clientAddress: string,
): Promise<SignInOutcome> {
  const attempt: SignInAttempt = { clientAddress, email: input.email };
  const throttle = await checkSignInThrottle(attempt);
  if (!throttle.allowed) {
    throw new ActionError(
      `Too many failed sign-ins from your address. Wait ${throttle.retryAfterMinutes} minutes and try again.`,
      "RATE_LIMITED",
    );
  }
  const userId = await findUserIdByEmail(input.email);
  let secondFactor = false;
  try {
    const response = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: requestHeaders,
    });
    // With a second factor on, better-auth answers with a challenge cookie, not a session.
    secondFactor = "twoFactorRedirect" in response && response.twoFactorRedirect === true;
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await recordSignInFailure(attempt);
    await auditFailure(userId, input.email, clientAddress);
    throw new ActionError(WRONG_CREDENTIALS, "INVALID_INPUT", {
      password: [`${WRONG_CREDENTIALS} Check both and try again.`],
    });
  }
  if (!userId) throw new Error("Signed in to an account that was not there a moment before.");
  await clearSignInFailures(attempt);
  // The sign-in is recorded once the code is right too (lib/auth/second-factor.ts).
  if (secondFactor) return { secondFactor: true };
  // A new session has no active workspace yet, so it opens on the one findMembershipForUser
  // picks without a preference (the oldest membership): the sign-in belongs to that workspace.
  const opensOn = await findMembershipForUser(userId, null);
  await audit(
    { userId, workspaceId: opensOn?.workspaceId ?? null, clientAddress },
    "auth.signed_in",
  );
  return { secondFactor: false };
}

/**
 * A failed sign-in has no actor: nobody has proven who they are. On an existing account it is
 * recorded against that account (in the workspace its sign-ins go to), with the email; for an
 * unknown email only the address is kept, so the log never stores what a stranger typed.
 */
async function auditFailure(
  userId: string | null,
  email: string,
  clientAddress: string,
): Promise<void> {
  if (!userId) {
    await audit({ userId: null, workspaceId: null, clientAddress }, "auth.sign_in_failed");
    return;
  }
  const membership = await findMembershipForUser(userId, null);
  await audit(
    { userId: null, workspaceId: membership?.workspaceId ?? null, clientAddress },
    "auth.sign_in_failed",
    { type: "user", id: userId, detail: { email } },
  );
}

/** Only same-site paths, so a crafted link cannot send a user elsewhere after sign-in. */
export function safeNextPath(value: unknown): string {
  return typeof value === "string" && /^\/(?!\/)[\w\-./?=&%]*$/.test(value) ? value : "/topologies";
}
