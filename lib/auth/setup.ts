// First run: the first account becomes the owner of a new workspace. Done in one
// transaction under an advisory lock, so two browsers racing through /setup cannot both win.
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import { createPasswordUser } from "@/lib/auth/accounts";
import { newPasswordSchema } from "@/lib/auth/password-policy";
import { addDemoAppliance } from "@/lib/appliances/store";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { slugify } from "@/lib/slugify";

const SETUP_LOCK_KEY = 7_245_001_164;

export const setupSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
  email: z.email("Enter a valid email address.").trim().toLowerCase(),
  password: newPasswordSchema,
  workspaceName: z
    .string()
    .trim()
    .min(1, "Name the workspace.")
    .max(80, "Use at most 80 characters."),
});

export type SetupInput = z.infer<typeof setupSchema>;

export async function isSetupComplete(): Promise<boolean> {
  return (await getDb().user.count()) > 0;
}

export async function createFirstOwner(input: SetupInput, clientAddress: string): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY})`;
    if ((await tx.user.count()) > 0) {
      throw new ActionError("This installation is already set up. Sign in instead.", "CONFLICT");
    }
    const userId = await createPasswordUser(tx, {
      name: input.name,
      email: input.email,
      passwordHash,
    });
    const workspaceId = randomUUID();
    await tx.workspace.create({
      data: {
        id: workspaceId,
        name: input.workspaceName,
        slug: `${slugify(input.workspaceName)}-${workspaceId.slice(0, 6)}`,
      },
    });
    await tx.membership.create({ data: { id: randomUUID(), workspaceId, userId, role: "owner" } });
    await addDemoAppliance(workspaceId, tx);
    await recordAudit(
      {
        workspaceId,
        actorId: userId,
        action: "setup.completed",
        targetType: "workspace",
        targetId: workspaceId,
        ipAddress: clientAddress,
      },
      tx,
    );
  });
}
