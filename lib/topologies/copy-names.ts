// Names for a duplicated topology: "<name> (copy)" within the 80-character limit, and an
// object-name prefix no other topology of the workspace uses.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { maxPrefixLength } from "@/lib/topology/schema/naming";
import { prefixFromName } from "@/lib/topology/schema";

const NAME_MAX = 80;
const SUFFIX = " (copy)";

export function copyName(name: string): string {
  return `${name.slice(0, NAME_MAX - SUFFIX.length).trimEnd()}${SUFFIX}`;
}

export async function uniquePrefix(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  kind: TopologyKind,
  name: string,
): Promise<string> {
  const base = prefixFromName(kind, name);
  // Archived topologies count too: their objects may still be on an appliance.
  const rows = await tx.topology.findMany({ where: { workspaceId }, select: { spec: true } });
  const taken = new Set(
    rows.map((r) =>
      r.spec && typeof r.spec === "object" && !Array.isArray(r.spec)
        ? String(r.spec.prefix).toLowerCase()
        : "",
    ),
  );
  const max = maxPrefixLength(kind);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `_${n}`;
    const candidate = `${base.slice(0, max - suffix.length)}${suffix}`;
    // Compared without case: two prefixes differing only in case read as the same to people.
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
