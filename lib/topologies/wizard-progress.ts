// Where an admin is in a topology's wizard: the last step worked on (topologies
// .lastCompletedStep) and the steps saves came from (revisions). Visiting a step records it
// without a new version, so looking around never causes a conflict for someone editing.
import "server-only";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

export interface WizardProgress {
  lastStep: string | null;
  savedSteps: string[];
}

export async function loadWizardProgress(
  workspaceId: string,
  id: string,
): Promise<WizardProgress | null> {
  const db = getDb();
  const row = await db.topology.findFirst({
    where: { id, workspaceId, archivedAt: null },
    select: { lastCompletedStep: true },
  });
  if (!row) return null;
  const revisions = await db.topologyRevision.findMany({
    where: { topologyId: id, step: { not: null } },
    distinct: ["step"],
    select: { step: true },
  });
  return {
    lastStep: row.lastCompletedStep,
    savedSteps: revisions.flatMap((r) => (r.step ? [r.step] : [])),
  };
}

/** Marks `step` as the one to resume at; leaves version and "last edited" untouched. */
export async function recordWizardVisit(
  actor: Actor,
  input: { id: string; step: string },
): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const row = await tx.topology.findFirst({
      where: { id: input.id, workspaceId: actor.workspaceId, archivedAt: null },
      select: { updatedAt: true, lastCompletedStep: true },
    });
    if (!row || row.lastCompletedStep === input.step) return;
    // Passing updatedAt explicitly stops Prisma's @updatedAt from bumping it: a visit is
    // not an edit.
    await tx.topology.updateMany({
      where: { id: input.id, workspaceId: actor.workspaceId },
      data: { lastCompletedStep: input.step, updatedAt: row.updatedAt },
    });
  });
}

/**
 * Whether the design changed after `since` (a save from any step but After the NetScaler,
 * whose ticks change nothing on the appliance): a plan read before it is out of date.
 */
export async function designChangedSince(topologyId: string, since: Date): Promise<boolean> {
  const later = await getDb().topologyRevision.count({
    where: { topologyId, createdAt: { gt: since }, NOT: { step: "after" } },
  });
  return later > 0;
}
