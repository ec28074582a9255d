// Changing one's own password: the current one proves it is the account holder, the new one
// follows the password policy, and every other session of the user ends (a thief signed in
// elsewhere is signed out by the change).
import "server-only";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { findPasswordHash, revokeSessions, setPasswordHash } from "@/lib/auth/password-store";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, "Enter your current password.")
      .max(1024, "Use at most 1024 characters."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "Repeat the new password.").max(1024),
  })
  .superRefine((value, ctx) => {
    if (value.newPassword !== value.confirmPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["confirmPassword"],
        message: "The two new passwords differ.",
      });
    }
    if (value.newPassword === value.currentPassword) {
      ctx.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: "Choose a password different from the current one.",
      });
    }
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export async function changePassword(
  actor: Actor,
  input: ChangePasswordInput,
  keepSessionId: string | null,
): Promise<{ sessionsRevoked: number }> {
  const hash = await findPasswordHash(actor.userId);
  if (!hash || !(await verifyPassword({ hash, password: input.currentPassword }))) {
    throw new ActionError("Wrong current password.", "INVALID_INPUT", {
      currentPassword: ["This is not your current password."],
    });
  }
  const newHash = await hashPassword(input.newPassword);
  return getDb().$transaction(async (tx) => {
    await setPasswordHash(tx, actor.userId, newHash);
    const sessionsRevoked = await revokeSessions(tx, actor.userId, keepSessionId);
    await audit(
      actor,
      "auth.password_changed",
      { type: "user", id: actor.userId, detail: { sessionsRevoked } },
      tx,
    );
    return { sessionsRevoked };
  });
}
