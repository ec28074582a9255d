// The email and current-password fields of every form that takes them (sign-in, setup,
// invitations), with caps checked first: an oversized value gets its own field error and never
// reaches the email pattern, the password hash, the database or a throttle key.
import { z } from "zod";

/** The longest address SMTP can carry. */
export const MAX_EMAIL_LENGTH = 254;
/** Longer than any password a person types; stops a megabyte "password" before the hash. */
export const MAX_CURRENT_PASSWORD_LENGTH = 1024;

/** Trimmed, capped, lower-cased, then checked for shape. */
export const emailField = (message: string) =>
  z
    .string(message)
    .trim()
    .max(MAX_EMAIL_LENGTH, `Use at most ${MAX_EMAIL_LENGTH} characters.`)
    .toLowerCase()
    .pipe(z.email(message));

/** A password being typed to prove who one is (not a new one: see password-policy.ts). */
export const currentPasswordField = z
  .string("Enter your password.")
  .min(1, "Enter your password.")
  .max(MAX_CURRENT_PASSWORD_LENGTH, `Use at most ${MAX_CURRENT_PASSWORD_LENGTH} characters.`);
