// The second step of signing in for an account with a second factor: better-auth's sign-in left
// a signed, short-lived two-factor cookie instead of a session; a right TOTP (or backup) code
// turns it into the session. The plugin allows 5 tries per challenge and locks the account for
// 15 minutes after 10 wrong codes in a row.
import "server-only";
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import { getAuth } from "@/lib/auth/auth";
import { authErrorCode } from "@/lib/auth/auth-error-code";
import { audit } from "@/lib/audit/record";
import { findMembershipForUser } from "@/lib/members/memberships";

export const secondFactorSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(
      /^(\d{6}|[A-Za-z0-9]{5}-[A-Za-z0-9]{5})$/,
      "Enter the 6-digit code from your authenticator app, or one of your backup codes.",
    ),
});

function refusal(reason: string | null): ActionError | null {
  switch (reason) {
    case "INVALID_CODE":
    case "INVALID_BACKUP_CODE":
      return new ActionError("Wrong code.", "INVALID_INPUT", {
        code: ["This code is wrong or expired. Try the code your app shows now."],
      });
    case "INVALID_TWO_FACTOR_COOKIE":
    case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
      return new ActionError(
        "This sign-in has expired or had too many wrong codes. Sign in again.",
        "UNAUTHENTICATED",
      );
    case "ACCOUNT_TEMPORARILY_LOCKED":
      return new ActionError(
        "Too many wrong codes. Wait 15 minutes and sign in again.",
        "RATE_LIMITED",
      );
    default:
      return null;
  }
}

export async function verifySignInSecondFactor(
  input: z.infer<typeof secondFactorSchema>,
  requestHeaders: Headers,
  clientAddress: string,
): Promise<void> {
  const isBackupCode = input.code.includes("-");
  let userId: string;
  try {
    const result = isBackupCode
      ? await getAuth().api.verifyBackupCode({
          body: { code: input.code },
          headers: requestHeaders,
        })
      : await getAuth().api.verifyTOTP({ body: { code: input.code }, headers: requestHeaders });
    userId = result.user.id;
  } catch (error) {
    throw refusal(authErrorCode(error)) ?? error;
  }
  const opensOn = await findMembershipForUser(userId, null);
  await audit(
    { userId, workspaceId: opensOn?.workspaceId ?? null, clientAddress },
    "auth.signed_in",
    { type: "user", id: userId, detail: { secondFactor: isBackupCode ? "backup code" : "totp" } },
  );
}
