// Optimistic locking for the small edits of a topology's row (rename, appliance choice): the
// change applies only to the version the user was looking at, bumps it, and on a miss says
// whether someone else changed the topology or it is gone (archived, deleted, or another
// workspace's: all three look the same).
import { ActionError } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function updateTopologyVersion(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: { id: string; expectedVersion: number },
  data: Prisma.TopologyUncheckedUpdateManyInput,
  conflictMessage: string,
): Promise<{ version: number }> {
  const updated = await tx.topology.updateMany({
    where: {
      id: input.id,
      workspaceId: actor.workspaceId,
      version: input.expectedVersion,
      archivedAt: null,
    },
    data: { ...data, version: { increment: 1 }, updatedById: actor.userId },
  });
  if (updated.count === 0) {
    const exists = await tx.topology.count({
      where: { id: input.id, workspaceId: actor.workspaceId, archivedAt: null },
    });
    if (!exists) throw new ActionError("This topology no longer exists.", "NOT_FOUND");
    throw new ActionError(conflictMessage, "CONFLICT");
  }
  return { version: input.expectedVersion + 1 };
}
