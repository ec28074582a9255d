// One password rule for every new password (setup, invitations, password change), on the server.
import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, "Use at most 256 characters.")
  .refine(
    (value) => !isCommonPassword(value),
    "This password is too common (or a common one with a few characters added); choose another.",
  )
  .refine(
    (value) => new Set(value).size >= 5,
    "Use more varied characters (at least 5 different ones).",
  );
