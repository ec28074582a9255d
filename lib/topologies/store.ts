// Topology queries, always scoped to the caller's workspace: an id from another workspace
// finds nothing, so nobody learns that it exists.
import { randomUUID } from "node:crypto";
import { audit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { CURRENT_SCHEMA_VERSION, defaultDocument, type TopologyDraft } from "@/lib/topology/schema";
import { uniquePrefix } from "@/lib/topologies/copy-names";
import { updateTopologyVersion } from "@/lib/topologies/versioned-update";
import {
  documentColumns,
  withDocument,
  type TopologyWithDocument,
} from "@/lib/topologies/documents";

// The list (with derived states) lives in topology-list.ts; re-exported for existing callers.
export { listTopologies, type TopologyListItem } from "@/lib/topologies/list";

export async function createTopology(
  actor: Actor,
  input: { kind: TopologyKind; name: string },
): Promise<string> {
  const id = randomUUID();
  await getDb().$transaction(async (tx) => {
    await tx.topology.create({
      data: {
        id,
        workspaceId: actor.workspaceId,
        kind: input.kind,
        name: input.name,
        // A new topology starts from the defaults in docs/domain.md (ports, USIP, persistence,
        // prefix).
        spec: defaultDocument(input.kind, input.name) as unknown as Prisma.InputJsonValue,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        createdById: actor.userId,
        updatedById: actor.userId,
      },
    });
    await audit(
      actor,
      "topology.created",
      { type: "topology", id, detail: { kind: input.kind, name: input.name } },
      tx,
    );
  });
  return id;
}

const NAME_MAX = 80;

/** "<name>", or "<name> (imported)", "<name> (imported 2)" … when the workspace uses it. */
function importedName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : n === 2 ? " (imported)" : ` (imported ${n - 1})`;
    const candidate = `${name.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export interface ImportedTopology {
  id: string;
  name: string;
  /** The object-name prefix stored (another one when the file's was taken). */
  prefix: string | undefined;
}

/**
 * A new topology from an imported file's document. Names stay unique in the list, like
 * copies; a prefix another topology of the workspace uses is replaced (as for copies), so the
 * two never manage the same NetScaler objects. The caller reports both changes.
 */
export async function createTopologyFromDocument(
  actor: Actor,
  input: {
    document: TopologyDraft & { name: string };
    fileName: string | null;
    migratedFrom?: number;
  },
): Promise<ImportedTopology> {
  const id = randomUUID();
  const { kind } = input.document;
  return getDb().$transaction(async (tx) => {
    const rows = await tx.topology.findMany({
      where: { workspaceId: actor.workspaceId },
      select: { name: true, spec: true, archivedAt: true },
    });
    // Names are compared with the list's (archived topologies are out of it, so may repeat).
    const names = new Set(
      rows.filter((r) => r.archivedAt === null).map((r) => r.name.trim().toLowerCase()),
    );
    const name = importedName(input.document.name.trim(), names);
    // Archived topologies count too: their objects may still be on an appliance.
    const prefixes = new Set(
      rows.map((r) =>
        r.spec && typeof r.spec === "object" && !Array.isArray(r.spec)
          ? String(r.spec.prefix).toLowerCase()
          : "",
      ),
    );
    const filePrefix = input.document.prefix;
    const prefix =
      filePrefix && prefixes.has(filePrefix.toLowerCase())
        ? await uniquePrefix(tx, actor.workspaceId, kind, name)
        : filePrefix;
    const document = { ...input.document, name, ...(prefix === undefined ? {} : { prefix }) };
    await tx.topology.create({
      data: {
        id,
        workspaceId: actor.workspaceId,
        kind,
        name,
        spec: document as unknown as Prisma.InputJsonValue,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        createdById: actor.userId,
        updatedById: actor.userId,
      },
    });
    await audit(
      actor,
      "topology.imported",
      {
        type: "topology",
        id,
        detail: {
          fileName: input.fileName,
          ...(input.migratedFrom === undefined ? {} : { migratedFrom: input.migratedFrom }),
          created: true,
          kind,
          name,
        },
      },
      tx,
    );
    return { id, name, prefix };
  });
}

/** Optimistic locking: the rename applies only to the version the user was looking at. */
export async function renameTopology(
  actor: Actor,
  input: { id: string; name: string; expectedVersion: number },
): Promise<{ version: number }> {
  return getDb().$transaction(async (tx) => {
    const result = await updateTopologyVersion(
      tx,
      actor,
      input,
      { name: input.name },
      "Someone else changed this topology meanwhile: reload to see their change.",
    );
    await audit(
      actor,
      "topology.renamed",
      { type: "topology", id: input.id, detail: { name: input.name } },
      tx,
    );
    return result;
  });
}

/** A topology with its document and who made and last changed it: the topology page's data. */
export interface TopologyDetail extends TopologyWithDocument {
  description: string;
  createdAt: Date;
  updatedAt: Date;
  createdByName: string;
  updatedByName: string;
}

export async function findTopology(
  workspaceId: string,
  id: string,
): Promise<TopologyDetail | null> {
  const row = await getDb().topology.findFirst({
    where: { id, workspaceId, archivedAt: null },
    select: {
      ...documentColumns,
      description: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  return {
    ...withDocument(row),
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdByName: row.createdBy.name,
    updatedByName: row.updatedBy.name,
  };
}
