// How long a share link works: the create form offers a few choices (expiry-choices.ts); the
// server accepts any whole number of minutes from one hour to 30 days, or "never".
import { z } from "zod";
import { MAX_EXPIRY_MINUTES, MIN_EXPIRY_MINUTES } from "./expiry-choices";

export const EXPIRY_MESSAGE = "Choose an expiry between 1 hour and 30 days, or never.";

/** "never" → null; otherwise minutes within the allowed range (a string from a form, or a number). */
export const expiresInSchema = z
  .union([z.string(), z.number()], { error: EXPIRY_MESSAGE })
  .transform((value, ctx): number | null => {
    if (value === "never") return null;
    const minutes = typeof value === "number" ? value : /^\d+$/.test(value) ? Number(value) : NaN;
    if (
      !Number.isInteger(minutes) ||
      minutes < MIN_EXPIRY_MINUTES ||
      minutes > MAX_EXPIRY_MINUTES
    ) {
      ctx.addIssue({ code: "custom", message: EXPIRY_MESSAGE });
      return z.NEVER;
    }
    return minutes;
  });

export function expiresAtFrom(minutes: number | null, now: Date): Date | null {
  return minutes === null ? null : new Date(now.getTime() + minutes * 60_000);
}
