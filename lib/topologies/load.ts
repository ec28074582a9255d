// The one way a request reads a topology: the signed-in member's workspace, the permission the
// caller names, and the id checked before any query, so an unknown id, another workspace's id
// and a missing permission all look the same (not found). The appliance and the compiled
// document are read or worked out only when asked for, each once per request: the row, the
// appliance and the compilation are cached on their keys, so a layout and its page, or a page
// and its generateMetadata, share them however their options differ.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { findAppliance, type ApplianceView } from "@/lib/appliances/views";
import { can, type Permission } from "@/lib/auth/permissions";
import { getAppSession, requireAppSession, type AppSession } from "@/lib/auth/session";
import { findTopology, type TopologyDetail } from "@/lib/topologies/store";
import { compile } from "@/lib/topology/compile";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { TopologyDocument } from "@/lib/topology/schema";
import { validateDocument, type Issue } from "@/lib/topology/validate";
import { isUuid } from "@/lib/uuid";

/** The stored document checked and, when it is complete, compiled into NetScaler objects. */
export type CompiledDocument = { errors: Issue[]; warnings: Issue[] } & (
  { document: TopologyDocument; desired: DesiredConfig } | { document: null; desired: null }
);

interface TopologyParts {
  /** The appliance the topology is applied to; null when none is chosen yet. */
  appliance: ApplianceView | null;
  compiled: CompiledDocument;
}

export type TopologyPart = keyof TopologyParts;

export interface LoadTopologyOptions<I extends TopologyPart> {
  permission: Permission;
  include?: readonly I[];
}

/** A stored topology with exactly the parts asked for. */
export type StoredTopology<I extends TopologyPart = never> = {
  topology: TopologyDetail;
} & Pick<TopologyParts, I>;

/** A topology the signed-in member may see, with exactly the parts asked for. */
export type LoadedTopology<I extends TopologyPart = never> = {
  session: AppSession;
} & StoredTopology<I>;

export type TopologyLookup<I extends TopologyPart = never> =
  ({ ok: true } & LoadedTopology<I>) | { ok: false; reason: "signed-out" | "not-found" };

const readRow = cache(findTopology);
const readAppliance = cache(findAppliance);

// Keyed on the cached row itself, so a request compiles its document once.
const compileTopology = cache((topology: TopologyDetail): CompiledDocument => {
  const { errors, warnings, document } = validateDocument(topology.document);
  return document
    ? { errors, warnings, document, desired: compile(document) }
    : { errors, warnings, document: null, desired: null };
});

/**
 * For callers that already hold an authorized workspace (a server action's context): the
 * topology of that workspace, or null. Everyone else goes through lookupTopology.
 */
export async function readTopology<I extends TopologyPart = never>(
  workspaceId: string,
  id: string,
  include: readonly I[] = [],
): Promise<StoredTopology<I> | null> {
  if (!isUuid(id)) return null;
  const topology = await readRow(workspaceId, id);
  if (!topology) return null;
  const wanted: readonly TopologyPart[] = include;
  const parts: Partial<TopologyParts> = {};
  if (wanted.includes("appliance")) {
    parts.appliance = topology.applianceId
      ? await readAppliance(workspaceId, topology.applianceId)
      : null;
  }
  if (wanted.includes("compiled")) parts.compiled = compileTopology(topology);
  // `parts` holds exactly the keys in `include`, which is what I names.
  return { topology, ...(parts as Pick<TopologyParts, I>) };
}

/** For route handlers: the signed-in member's topology, or why there is none. */
export async function lookupTopology<I extends TopologyPart = never>(
  id: string,
  options: LoadTopologyOptions<I>,
): Promise<TopologyLookup<I>> {
  const session = await getAppSession();
  if (!session) return { ok: false, reason: "signed-out" };
  const stored = can(session.role, options.permission)
    ? await readTopology(session.workspaceId, id, options.include)
    : null;
  return stored ? { ok: true, session, ...stored } : { ok: false, reason: "not-found" };
}

/**
 * For pages and layouts: a signed-out visitor goes to sign-in (as everywhere in the app), and
 * anything the member may not see is a 404.
 */
export async function loadTopology<I extends TopologyPart = never>(
  id: string,
  options: LoadTopologyOptions<I>,
): Promise<LoadedTopology<I>> {
  await requireAppSession();
  const found = await lookupTopology(id, options);
  if (!found.ok) notFound();
  return found;
}
