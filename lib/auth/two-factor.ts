// The TOTP second factor of one's own account, through better-auth's two-factor plugin: it
// generates and encrypts the secret and backup codes; this module only turns its answers into
// what the Account page shows and its refusals into field errors. Secrets are returned to the
// enrolling user once and never logged or audited.
import "server-only";
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { getAuth } from "@/lib/auth/auth";
import { authErrorCode } from "@/lib/auth/auth-error-code";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

export const passwordConfirmSchema = z.object({
  password: z.string().min(1, "Enter your password.").max(1024, "Use at most 1024 characters."),
});

export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "Enter the 6-digit code your authenticator app shows."),
});

export interface TotpEnrolment {
  /** The otpauth:// URI an authenticator app reads (as a QR code or pasted). */
  uri: string;
  /** The same secret in base32, for apps where it is typed in. */
  secret: string;
  /** Single-use recovery codes, shown once. */
  backupCodes: string[];
}

const wrongPassword = () =>
  new ActionError("Wrong password.", "INVALID_INPUT", {
    password: ["This is not your password."],
  });

/** Starts (or restarts, while unconfirmed) enrolment; the factor is on once a code confirms it. */
export async function startTotpEnrolment(
  password: string,
  requestHeaders: Headers,
): Promise<TotpEnrolment> {
  try {
    const result = await getAuth().api.enableTwoFactor({
      body: { password },
      headers: requestHeaders,
    });
    if (!("totpURI" in result) || !result.totpURI) throw new Error("no TOTP URI returned");
    const secret = new URL(result.totpURI).searchParams.get("secret") ?? "";
    return { uri: result.totpURI, secret, backupCodes: result.backupCodes ?? [] };
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_PASSWORD") throw wrongPassword();
    if (code === "TOTP_ALREADY_ENABLED") {
      throw new ActionError("A second factor is already on for your account.", "CONFLICT");
    }
    throw error;
  }
}

export async function confirmTotpEnrolment(
  actor: Actor,
  code: string,
  requestHeaders: Headers,
): Promise<void> {
  try {
    await getAuth().api.verifyTOTP({ body: { code }, headers: requestHeaders });
  } catch (error) {
    const reason = authErrorCode(error);
    if (reason === "INVALID_CODE") {
      throw new ActionError("Wrong code.", "INVALID_INPUT", {
        code: ["This code is wrong or expired. Enter the code your app shows now."],
      });
    }
    if (reason === "TOTP_NOT_ENABLED") {
      throw new ActionError("Start the set-up again: enter your password first.", "CONFLICT");
    }
    throw error;
  }
  await audit(actor, "auth.two_factor_enabled", { type: "user", id: actor.userId });
}

export async function disableTotp(
  actor: Actor,
  password: string,
  requestHeaders: Headers,
  requiredByWorkspace: boolean,
): Promise<void> {
  if (requiredByWorkspace) {
    throw new ActionError(
      "This workspace requires a second factor, so yours cannot be turned off.",
      "CONFLICT",
    );
  }
  try {
    await getAuth().api.disableTwoFactor({ body: { password }, headers: requestHeaders });
  } catch (error) {
    if (authErrorCode(error) === "INVALID_PASSWORD") throw wrongPassword();
    throw error;
  }
  await audit(actor, "auth.two_factor_disabled", { type: "user", id: actor.userId });
}

/** Whether the user has a confirmed second factor (the flag the plugin sets on confirmation). */
export async function hasSecondFactor(userId: string): Promise<boolean> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { twoFactorEnabled: true },
  });
  return user?.twoFactorEnabled ?? false;
}
