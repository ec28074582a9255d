// The audit event of a document save. The wizard autosaves every few seconds, so plain edits
// are coalesced (one per person and topology per window); a deliberate replacement of the
// whole document (import, restoring a revision) is always recorded.
import type { Actor } from "@/lib/auth/actor";
import { auditCoalesced } from "@/lib/audit/coalesced";
import { audit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";

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
  const action = save.action ?? EDITED;
  const target = {
    type: "topology",
    id: save.topologyId,
    detail: { step: save.step, version: save.version },
  };
  if (action === EDITED) await auditCoalesced(actor, action, target, tx);
  else await audit(actor, action, target, tx);
}
