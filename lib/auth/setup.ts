// First run: the first account becomes the owner of a new workspace (lib/auth/store.ts makes
// it in one transaction under an advisory lock, so two browsers racing through /setup cannot
// both win).
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { emailField } from "@/lib/auth/credential-fields";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { hasAnyUser, insertFirstOwner } from "@/lib/auth/store";

export const setupSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: emailField("Enter a valid email address."),
  password: newPasswordSchema,
  workspaceName: z
    .string()
    .trim()
    .min(1, "Name the workspace.")
    .max(80, "Use at most 80 characters."),
});

export type SetupInput = z.infer<typeof setupSchema>;

export function isSetupComplete(): Promise<boolean> {
  return hasAnyUser();
}

export async function createFirstOwner(input: SetupInput, clientAddress: string): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await insertFirstOwner(
    { name: input.name, email: input.email, passwordHash },
    input.workspaceName,
    clientAddress,
  );
}
