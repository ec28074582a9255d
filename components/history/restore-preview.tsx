import { Alert } from "@/components/ui/alert";
import type { RevisionDetail } from "@/lib/topologies/revisions";
import { diffDocuments } from "@/lib/topology/diff";
import type { TopologyDraft } from "@/lib/topology/schema";
import { RevisionDiffTable } from "./revision-diff-table";

/**
 * What restoring `revision` would change in the current draft. The name is not part of a
 * restore (rename owns it), so the revision is compared under the current name.
 */
export function RestorePreview({
  current,
  currentVersion,
  revision,
}: {
  current: TopologyDraft;
  currentVersion: number;
  revision: RevisionDetail;
}) {
  const changes = diffDocuments(current, { ...revision.document, name: current.name });
  if (changes.length === 0) {
    return (
      <Alert tone="info">
        Version {revision.version} has the same content as the current draft: restoring it changes
        nothing.
      </Alert>
    );
  }
  return (
    <RevisionDiffTable
      kind={current.kind}
      changes={changes}
      beforeTitle={`Current draft (version ${currentVersion})`}
      afterTitle={`After restoring version ${revision.version}`}
      caption={`What restoring version ${revision.version} changes in the current draft`}
      testId="restore-diff-table"
    />
  );
}
