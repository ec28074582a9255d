// Email + password sign-in with throttling and messages that say what went wrong.
import { APIError } from "better-auth/api";
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import { getAuth } from "@/lib/auth/auth";
import { checkSignInThrottle, clearAccountThrottle } from "@/lib/auth/sign-in-throttle";
import { findUserIdByEmail } from "@/lib/auth/store";
import { audit } from "@/lib/audit/record";
import { findMembershipForUser } from "@/lib/members/memberships";

export const signInSchema = z.object({
  email: z.email("Enter the email address of your account.").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password."),
});

/** Whether the password was enough, or the account's second factor is asked for next. */
export interface SignInOutcome {
  secondFactor: boolean;
}

export async function signIn(
  input: z.infer<typeof signInSchema>,
  requestHeaders: Headers,
  clientAddress: string,
): Promise<SignInOutcome> {
  const throttle = await checkSignInThrottle(clientAddress, input.email);
  if (!throttle.allowed) {
    throw new ActionError(
      `Too many sign-in attempts. Wait ${throttle.retryAfterMinutes} minutes and try again.`,
      "RATE_LIMITED",
    );
  }
  const userId = await findUserIdByEmail(input.email);
  if (!userId) {
    throw new ActionError("No account uses this email address.", "INVALID_INPUT", {
      email: [
        "No account uses this email address. Check for typos, or ask your workspace owner for an invitation.",
      ],
    });
  }
  let secondFactor = false;
  try {
    const response = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: requestHeaders,
    });
    // With a second factor on, better-auth answers with a challenge cookie, not a session.
    secondFactor = "twoFactorRedirect" in response && response.twoFactorRedirect === true;
  } catch (error) {
    if (error instanceof APIError) {
      throw new ActionError("Wrong password.", "INVALID_INPUT", {
        password: ["Wrong password. Try again."],
      });
    }
    throw error;
  }
  await clearAccountThrottle(input.email);
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

/** Only same-site paths, so a crafted link cannot send a user elsewhere after sign-in. */
export function safeNextPath(value: unknown): string {
  return typeof value === "string" && /^\/(?!\/)[\w\-./?=&%]*$/.test(value) ? value : "/topologies";
}
