// One password rule for setup (and later invitations), shared by client and server.
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-length";

const tooCommon = new Set([
  "password1234",
  "123456789012",
  "nsroot123456",
  "qwertyuiop12",
  "administrator",
]);

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, "Use at most 256 characters.")
  .refine(
    (value) => !tooCommon.has(value.toLowerCase()),
    "This password is too common; choose another.",
  )
  .refine(
    (value) => new Set(value).size >= 5,
    "Use more varied characters (at least 5 different ones).",
  );
