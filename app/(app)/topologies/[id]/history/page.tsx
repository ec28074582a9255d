import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { historyHref, versionParam } from "@/components/history/history-href";
import { RestoreConfirm } from "@/components/history/restore-confirm";
import { RestorePreview } from "@/components/history/restore-preview";
import { RestoredNotice } from "@/components/history/restored-notice";
import { RevisionComparison } from "@/components/history/revision-comparison";
import { RevisionList } from "@/components/history/revision-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { loadTopology } from "@/lib/topologies/load";
import {
  listRevisions,
  loadRevisions,
  previousRevisionVersion,
  REVISION_PAGE_SIZE,
} from "@/lib/topologies/revisions";
import { restoreRevisionAction } from "./actions";

export const metadata: Metadata = { title: "History" };

type Search = Record<
  "from" | "to" | "shown" | "restore" | "restored" | "source",
  string | undefined
>;

// Autosave makes many versions; the list grows a page at a time up to this many.
const MAX_SHOWN = 500;

export default async function HistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Search>;
}) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const { session, topology } = await loadTopology(id, { permission: "topology:read" });
  const shownParam = versionParam(search.shown);
  const shown = Math.min(shownParam ?? REVISION_PAGE_SIZE, MAX_SHOWN);
  const page = await listRevisions(session.workspaceId, id, { take: shown });
  if (!page) notFound();

  const canWrite = can(session.role, "topology:write");
  // Default comparison: the newest version against the one saved before it.
  const to = versionParam(search.to) ?? page.revisions[0]?.version ?? null;
  const from =
    versionParam(search.from) ??
    (to === null ? null : await previousRevisionVersion(session.workspaceId, id, to));
  const restore = canWrite ? versionParam(search.restore) : null;
  const wanted = [from, to, restore].filter((v): v is number => v !== null);
  const loaded = (await loadRevisions(session.workspaceId, id, wanted)) ?? [];
  const revision = (version: number | null) => loaded.find((r) => r.version === version) ?? null;
  const restoring = revision(restore);
  const restored = versionParam(search.restored);
  const showRestored = restored !== null && page.revisions.some((r) => r.version === restored);

  return (
    <>
      <PageHeader
        title={`History of ${topology.name}`}
        description={
          <>
            Every save is a version: pick two to see what changed between them
            {canWrite ? ", or restore an earlier one as the current draft" : ""}.{" "}
            <Link
              href={`/topologies/${topology.id}`}
              className="text-sky-800 hover:underline dark:text-sky-300"
            >
              Back to {topology.name}
            </Link>
          </>
        }
      />
      {showRestored ? (
        <RestoredNotice version={restored} source={versionParam(search.source)} />
      ) : null}
      {restore !== null && !restoring ? (
        <Alert tone="warning" title="Version not found" className="mb-6">
          This topology has no saved version {restore} to restore.
        </Alert>
      ) : null}
      {restoring?.unreadable ? (
        <Alert
          tone="error"
          title={`Version ${restoring.version} cannot be restored`}
          className="mb-6"
        >
          {restoring.unreadable}
        </Alert>
      ) : null}
      {restoring && !restoring.unreadable ? (
        <RestoreConfirm
          key={restoring.version}
          topologyId={topology.id}
          revision={restoring.version}
          expectedVersion={topology.version}
          cancelHref={historyHref(topology.id, { from, to, shown: shownParam })}
          restore={restoreRevisionAction}
        >
          <RestorePreview
            current={topology.document}
            currentVersion={topology.version}
            revision={restoring}
          />
        </RestoreConfirm>
      ) : null}
      {page.total === 0 ? (
        <EmptyState title="No saved versions yet">
          <p>
            Each save in the wizard, each import and each restore adds a version here, with who
            saved it and from which step.
          </p>
        </EmptyState>
      ) : (
        <div className="space-y-6">
          <Card>
            <h2 className="mb-3 text-base font-semibold">
              {from !== null && to !== null
                ? `Changes from version ${from} to version ${to}`
                : "Changes"}
            </h2>
            <RevisionComparison
              kind={topology.kind}
              from={revision(from)}
              to={revision(to)}
              fromVersion={from}
              toVersion={to}
            />
          </Card>
          <Card>
            <h2 className="mb-3 text-base font-semibold">Saved versions</h2>
            <RevisionList
              topologyId={topology.id}
              kind={topology.kind}
              revisions={page.revisions}
              total={page.total}
              hasMore={page.hasMore && shown < MAX_SHOWN}
              shown={shownParam}
              nextShown={Math.min(shown + REVISION_PAGE_SIZE, MAX_SHOWN)}
              from={from}
              to={to}
              currentVersion={topology.version}
              canRestore={canWrite}
            />
          </Card>
        </div>
      )}
    </>
  );
}
