import { Alert } from "@/components/ui/alert";
import type { RevisionDetail } from "@/lib/topologies/revisions";
import { formatDateTime } from "@/lib/format";
import { diffDocuments } from "@/lib/topology/diff";
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { RevisionDiffTable } from "./revision-diff-table";

const muted = "text-sm text-slate-600 dark:text-slate-400";

/** The changes between two saved versions, or why there is nothing to show. */
export function RevisionComparison({
  kind,
  from,
  to,
  fromVersion,
  toVersion,
}: {
  kind: TopologyKind;
  from: RevisionDetail | null;
  to: RevisionDetail | null;
  /** The versions asked for (from the address or the defaults); null when there is none. */
  fromVersion: number | null;
  toVersion: number | null;
}) {
  const missing = [
    toVersion !== null && !to ? toVersion : null,
    fromVersion !== null && !from ? fromVersion : null,
  ].filter((v): v is number => v !== null);
  if (missing.length > 0) {
    return (
      <Alert tone="warning" title="Version not found">
        This topology has no saved version {missing.join(" or ")}. Pick two versions in the list
        below.
      </Alert>
    );
  }
  if (!to) return null;
  if (!from) {
    return (
      <p className={muted} data-testid="diff-first-version">
        Version {to.version} is the first saved version: there is no earlier one to compare it with.
      </p>
    );
  }
  const unreadable = [from, to].find((r) => r.unreadable);
  if (unreadable) {
    return (
      <Alert tone="error" title={`Version ${unreadable.version} cannot be read`}>
        {unreadable.unreadable}
      </Alert>
    );
  }
  const changes = diffDocuments(from.document, to.document);
  const between = `version ${from.version} (${formatDateTime(from.createdAt)}, ${from.authorName}) and version ${to.version} (${formatDateTime(to.createdAt)}, ${to.authorName})`;
  if (changes.length === 0) {
    return (
      <p className={muted} data-testid="diff-identical">
        No differences between {between}.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <p className={muted}>
        {changes.length === 1 ? "1 change" : `${changes.length} changes`} between {between}.
      </p>
      <RevisionDiffTable
        kind={kind}
        changes={changes}
        beforeTitle={`Version ${from.version}`}
        afterTitle={`Version ${to.version}`}
        caption={`Changes from version ${from.version} to version ${to.version}`}
      />
    </div>
  );
}
