import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditNotices } from "@/components/audit/audit-notices";
import { AuditPager } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { actionMenu } from "@/lib/audit/action-categories";
import { parseAuditSearch, type SearchParams } from "@/lib/audit/filters";
import { can } from "@/lib/auth/permissions";
import { requireAppSession } from "@/lib/auth/session";
import { listAuditFilterOptions } from "@/lib/audit/filter-options";
import { listAuditEvents } from "@/lib/audit/query";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const session = await requireAppSession();
  // Not found rather than forbidden: a viewer does not learn that the page exists.
  if (!can(session.role, "audit:view")) notFound();
  const [params, options] = await Promise.all([
    searchParams,
    listAuditFilterOptions(session.workspaceId),
  ]);
  const search = parseAuditSearch(params, {
    actorIds: new Set(options.members.map((member) => member.userId)),
    topologyIds: new Set(options.topologies.map((topology) => topology.id)),
  });
  const result = await listAuditEvents(session.workspaceId, search.filters, search.page);
  // The time zone alone is not a filter: it only says whose days From and To are.
  const { tz: _zone, ...chosen } = search.values;
  const filtered = Object.values(chosen).some(Boolean);
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Who did what in this workspace, when and from which address. Entries are only ever added: nobody can change or delete them."
      />
      <AuditNotices notices={search.notices} />
      <Card className="mb-6">
        <AuditFilterForm values={search.values} options={options} menu={actionMenu()} />
      </Card>
      {result.entries.length === 0 ? (
        <EmptyState title={filtered ? "No events match these filters" : "No events yet"}>
          <p>
            {filtered
              ? "Try a longer date range or fewer filters."
              : "Sign-ins, changes to topologies and appliances, plans, applies, invitations and read-only links show up here."}
          </p>
        </EmptyState>
      ) : (
        <AuditTable entries={result.entries} />
      )}
      <AuditPager values={search.values} newer={result.newer} older={result.older} />
    </>
  );
}
