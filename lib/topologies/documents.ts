// The topology document (lib/topology) stored in topologies.spec: parsed on read (older
// schema versions migrate), saved with optimistic locking, and every save is a revision.
import { ActionError } from "@/lib/action-result";
import { audit } from "@/lib/audit/record";
import { recordDocumentSave } from "@/lib/audit/edits";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CURRENT_SCHEMA_VERSION, parseDocument, type TopologyDraft } from "@/lib/topology/schema";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { updateTopologyVersion } from "@/lib/topologies/versioned-update";

export interface TopologyWithDocument {
  id: string;
  kind: TopologyKind;
  name: string;
  version: number;
  applianceId: string | null;
  document: TopologyDraft;
  /** Set when the stored document could not be read (kept untouched, shown to the user). */
  unreadable: string | null;
}

/** The columns a document is read from; select them to build a TopologyWithDocument. */
export const documentColumns = {
  id: true,
  kind: true,
  name: true,
  version: true,
  applianceId: true,
  spec: true,
  schemaVersion: true,
} as const satisfies Prisma.TopologySelect;

type DocumentRow = Prisma.TopologyGetPayload<{ select: typeof documentColumns }>;

/** Parses a row's stored document; an unreadable one falls back to an empty draft, flagged. */
export function withDocument(row: DocumentRow): TopologyWithDocument {
  const parsed = parseDocument(row.spec, {
    kind: row.kind,
    name: row.name,
    schemaVersion: row.schemaVersion,
  });
  const fallback = parseDocument({}, { kind: row.kind, name: row.name });
  const document = parsed.ok ? parsed.document : fallback.ok ? fallback.document : null;
  if (!document) throw new Error(`Topology ${row.id} has kind ${row.kind}, which no schema knows.`);
  // The row's name is the one the list shows and rename changes.
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    version: row.version,
    applianceId: row.applianceId,
    document: { ...document, name: row.name },
    unreadable: parsed.ok ? null : parsed.error,
  };
}

export async function loadTopologyDocument(
  workspaceId: string,
  id: string,
): Promise<TopologyWithDocument | null> {
  const row = await getDb().topology.findFirst({
    where: { id, workspaceId, archivedAt: null },
    select: documentColumns,
  });
  return row ? withDocument(row) : null;
}

interface SaveInput {
  id: string;
  expectedVersion: number;
  document: TopologyDraft;
  /** The wizard step the change came from, for the revision history. */
  step?: string | null;
  auditAction?: string;
  /**
   * The audit detail of a deliberate save that records other facts than { step, version }
   * (restoring a revision names the version it restored); given the new version.
   */
  auditDetail?: (version: number) => Prisma.InputJsonObject;
}

/** Saves the document if nobody saved since `expectedVersion`; returns the new version. */
export async function saveTopologyDocument(
  actor: Actor,
  input: SaveInput,
): Promise<{ version: number }> {
  return getDb().$transaction(async (tx) => {
    const current = await tx.topology.findFirst({
      where: { id: input.id, workspaceId: actor.workspaceId, archivedAt: null },
      select: { kind: true, version: true, name: true },
    });
    if (!current) throw new ActionError("This topology no longer exists.", "NOT_FOUND");
    if (input.document.kind !== current.kind) {
      throw new ActionError(
        `This topology is ${current.kind}; the document describes ${input.document.kind}.`,
        "INVALID_INPUT",
      );
    }
    const version = input.expectedVersion + 1;
    // The row's name is authoritative (rename changes it); the stored document follows it.
    const spec = { ...input.document, name: current.name } as unknown as Prisma.InputJsonValue;
    const updated = await tx.topology.updateMany({
      where: { id: input.id, workspaceId: actor.workspaceId, version: input.expectedVersion },
      data: {
        spec,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        version,
        updatedById: actor.userId,
        ...(input.step ? { lastCompletedStep: input.step } : {}),
      },
    });
    if (updated.count === 0) {
      throw new ActionError(
        "Changed by someone else meanwhile: reload to see their version, or compare.",
        "CONFLICT",
      );
    }
    await tx.topologyRevision.create({
      data: {
        topologyId: input.id,
        version,
        spec,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        name: current.name,
        step: input.step ?? null,
        authorId: actor.userId,
      },
    });
    if (input.auditAction && input.auditDetail) {
      await audit(
        actor,
        input.auditAction,
        { type: "topology", id: input.id, detail: input.auditDetail(version) },
        tx,
      );
    } else {
      // Autosave: coalesced to one "edited" event per person and topology (lib/audit/edits).
      await recordDocumentSave(tx, actor, {
        topologyId: input.id,
        version,
        step: input.step ?? null,
        action: input.auditAction,
      });
    }
    return { version };
  });
}

/** Chooses the appliance a topology is applied to (an appliance of the same workspace). */
export async function setTopologyAppliance(
  actor: Actor,
  input: { id: string; applianceId: string | null; expectedVersion: number },
): Promise<{ version: number }> {
  return getDb().$transaction(async (tx) => {
    if (input.applianceId) {
      const appliance = await tx.appliance.count({
        where: { id: input.applianceId, workspaceId: actor.workspaceId },
      });
      if (!appliance)
        throw new ActionError("This appliance no longer exists.", "NOT_FOUND", {
          applianceId: ["Choose an appliance of this workspace."],
        });
    }
    const result = await updateTopologyVersion(
      tx,
      actor,
      input,
      { applianceId: input.applianceId },
      "Changed by someone else meanwhile: reload to see their version.",
    );
    await audit(
      actor,
      "topology.appliance_chosen",
      { type: "topology", id: input.id, detail: { applianceId: input.applianceId } },
      tx,
    );
    return result;
  });
}
