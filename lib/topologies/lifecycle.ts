// Duplicate, archive and restore. Scoped by workspace like every topology query: an id from
// another workspace finds nothing. Archived topologies are read-only because every write in
// lib/db matches `archivedAt: null`.
import "server-only";
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/action-result";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CURRENT_SCHEMA_VERSION, parseDocument } from "@/lib/topology/schema";
import { copyName, uniquePrefix } from "@/lib/topologies/copy-names";

const notFound = () => new ActionError("This topology no longer exists.", "NOT_FOUND");

/**
 * A new draft with the same document and appliance, named "… (copy)". The copy gets its own
 * object-name prefix: with the original's it would want the same NetScaler objects.
 */
export async function duplicateTopology(
  actor: Actor,
  input: { id: string },
): Promise<{ id: string; name: string }> {
  return getDb().$transaction(async (tx) => {
    const source = await tx.topology.findFirst({
      where: { id: input.id, workspaceId: actor.workspaceId, archivedAt: null },
      select: {
        kind: true,
        name: true,
        description: true,
        spec: true,
        schemaVersion: true,
        applianceId: true,
        lastCompletedStep: true,
      },
    });
    if (!source) throw notFound();
    const parsed = parseDocument(source.spec, {
      kind: source.kind,
      name: source.name,
      schemaVersion: source.schemaVersion,
    });
    if (!parsed.ok) {
      throw new ActionError(`This topology cannot be copied: ${parsed.error}`, "FAILED");
    }
    const id = randomUUID();
    const name = copyName(source.name);
    const prefix = await uniquePrefix(tx, actor.workspaceId, source.kind, name);
    const spec = { ...parsed.document, name, prefix } as unknown as Prisma.InputJsonValue;
    await tx.topology.create({
      data: {
        id,
        workspaceId: actor.workspaceId,
        kind: source.kind,
        name,
        description: source.description,
        spec,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        applianceId: source.applianceId,
        lastCompletedStep: source.lastCompletedStep,
        createdById: actor.userId,
        updatedById: actor.userId,
      },
    });
    await audit(
      actor,
      "topology.duplicated",
      { type: "topology", id, detail: { sourceId: input.id, name, prefix } },
      tx,
    );
    return { id, name };
  });
}

async function setArchived(actor: Actor, id: string, archive: boolean): Promise<{ name: string }> {
  return getDb().$transaction(async (tx) => {
    const row = await tx.topology.findFirst({
      where: { id, workspaceId: actor.workspaceId, archivedAt: archive ? null : { not: null } },
      select: { name: true, applyRuns: { where: { status: "RUNNING" }, select: { id: true } } },
    });
    if (!row) throw notFound();
    if (archive && row.applyRuns.length) {
      throw new ActionError(
        "An apply is running: archive the topology once it has finished.",
        "CONFLICT",
      );
    }
    // The matched archivedAt makes a double click (or a second tab) a no-op, not a second event.
    const updated = await tx.topology.updateMany({
      where: { id, workspaceId: actor.workspaceId, archivedAt: archive ? null : { not: null } },
      data: {
        archivedAt: archive ? new Date() : null,
        version: { increment: 1 },
        updatedById: actor.userId,
      },
    });
    if (updated.count === 0) throw notFound();
    await audit(
      actor,
      archive ? "topology.archived" : "topology.restored",
      { type: "topology", id },
      tx,
    );
    return { name: row.name };
  });
}

/** Hides the topology from the list and makes it read-only; its NetScaler objects stay. */
export function archiveTopology(actor: Actor, input: { id: string }): Promise<{ name: string }> {
  return setArchived(actor, input.id, true);
}

export function restoreTopology(actor: Actor, input: { id: string }): Promise<{ name: string }> {
  return setArchived(actor, input.id, false);
}
