// The workspace record itself: its name. Every write takes the caller's own workspace id, never
// one from the browser, so there is nothing to scope.
import "server-only";
import { ActionError } from "@/lib/action-result";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

export interface WorkspaceRename {
  from: string;
  to: string;
  /** false when the name was already this one: nothing is written or recorded. */
  changed: boolean;
}

/** Renames the actor's workspace and records it, in one transaction. */
export async function renameWorkspace(actor: Actor, name: string): Promise<WorkspaceRename> {
  return getDb().$transaction(async (tx) => {
    // Locked, so two owners renaming at once each record the name they actually replaced. NO KEY:
    // rows that reference the workspace (audit events, topologies) can still be written meanwhile.
    const [current] = await tx.$queryRaw<Array<{ name: string }>>`
      SELECT "name" FROM "workspaces" WHERE "id" = ${actor.workspaceId} FOR NO KEY UPDATE`;
    if (!current) throw new ActionError("This workspace no longer exists.", "NOT_FOUND");
    if (current.name === name) return { from: name, to: name, changed: false };
    await tx.workspace.update({ where: { id: actor.workspaceId }, data: { name } });
    await audit(
      actor,
      "workspace.renamed",
      { type: "workspace", id: actor.workspaceId, detail: { from: current.name, to: name } },
      tx,
    );
    return { from: current.name, to: name, changed: true };
  });
}
