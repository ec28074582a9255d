// The audit event of a document save. The wizard autosaves every few seconds, so plain edits
// are coalesced (one per person and topology per window); a deliberate replacement of the
// whole document (import, restoring a revision) is always recorded.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import { recordCoalescedAudit } from "@/lib/audit/coalesced";
import type { Actor } from "@/lib/topologies/store";

export const EDITED = "topology.edited";

export interface DocumentSave {
  topologyId: string;
  version: number;
  step: string | null;
  /** Defaults to topology.edited. */
  action?: string;
}

export async function recordDocumentSave(
  tx: Prisma.TransactionClient,
  actor: Actor,
  save: DocumentSave,
): Promise<void> {
  const event = {
    workspaceId: actor.workspaceId,
    actorId: actor.userId,
    action: save.action ?? EDITED,
    targetType: "topology",
    targetId: save.topologyId,
    detail: { step: save.step, version: save.version },
    ipAddress: actor.clientAddress,
  };
  if (event.action === EDITED) await recordCoalescedAudit(event, tx);
  else await recordAudit(event, tx);
}
