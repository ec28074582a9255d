// The workspace setting that requires a second factor: once on, a member without one can only
// reach the enrolment page (lib/auth/session.ts, lib/safe-action.ts and lib/server/route.ts
// enforce it) until they have set one up.
import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";

export const secondFactorRequirementSchema = z.object({
  required: z.enum(["on", "off"], "Choose whether a second factor is required."),
});

export async function isSecondFactorRequired(workspaceId: string): Promise<boolean> {
  const workspace = await getDb().workspace.findUnique({
    where: { id: workspaceId },
    select: { requireTwoFactor: true },
  });
  return workspace?.requireTwoFactor ?? false;
}

/** Turns the requirement on or off; records only a real change. */
export async function setSecondFactorRequired(
  actor: Actor,
  required: boolean,
): Promise<{ changed: boolean }> {
  return getDb().$transaction(async (tx) => {
    const updated = await tx.workspace.updateMany({
      where: { id: actor.workspaceId, requireTwoFactor: !required },
      data: { requireTwoFactor: required },
    });
    if (updated.count === 0) return { changed: false };
    await audit(
      actor,
      required ? "workspace.second_factor_required" : "workspace.second_factor_optional",
      { type: "workspace", id: actor.workspaceId },
      tx,
    );
    return { changed: true };
  });
}
