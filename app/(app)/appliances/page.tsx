import type { Metadata } from "next";
import Link from "next/link";
import { ApplianceBadges } from "@/components/appliances/appliance-badges";
import { TestConnectionButton } from "@/components/appliances/test-connection-button";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { tlsModeLabels } from "@/lib/appliances/tls-modes";
import { canInWorkspace } from "@/lib/auth/appliance-grant";
import { requireAppSession } from "@/lib/auth/session";
import { listAppliances } from "@/lib/appliances/store";
import { testApplianceAction } from "./connection-actions";

export const metadata: Metadata = { title: "Appliances" };

export default async function AppliancesPage() {
  const session = await requireAppSession();
  const appliances = await listAppliances(session.workspaceId);
  const canManage = await canInWorkspace(session, "appliance:manage");
  const addLink = canManage ? (
    <Link href="/appliances/new" className={buttonClasses("primary")}>
      Add appliance
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader
        title="Appliances"
        description="The NetScaler appliances this workspace configures through the NITRO REST API. Passwords are stored encrypted and never shown again."
        actions={addLink}
      />
      {appliances.length === 0 ? (
        <EmptyState title="No appliances yet" action={addLink}>
          <p>
            Add the NetScaler that will carry your virtual servers: its management address (NSIP),
            an administrator account, and how to trust its certificate.
          </p>
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {appliances.map((appliance) => (
            <li key={appliance.id}>
              <Card className="h-full space-y-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 className="font-semibold">{appliance.name}</h2>
                  <ApplianceBadges appliance={appliance} />
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-600 dark:text-slate-400">Address</dt>
                  <dd className="font-mono text-xs break-all">{appliance.baseUrl}</dd>
                  <dt className="text-slate-600 dark:text-slate-400">User</dt>
                  <dd>{appliance.username}</dd>
                  <dt className="text-slate-600 dark:text-slate-400">Trust</dt>
                  <dd>{tlsModeLabels[appliance.tlsMode]}</dd>
                  {appliance.partition ? (
                    <>
                      <dt className="text-slate-600 dark:text-slate-400">Partition</dt>
                      <dd>{appliance.partition}</dd>
                    </>
                  ) : null}
                  <dt className="text-slate-600 dark:text-slate-400">Topologies</dt>
                  <dd>{appliance.topologyCount}</dd>
                </dl>
                {appliance.isSimulated ? (
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    A NetScaler simulator built into this app, for trying everything without an
                    appliance. It never contacts the addresses you configure on it.
                  </p>
                ) : null}
                {/* Testing signs in with the stored account: for those who manage appliances. */}
                {canManage ? (
                  <div className="flex flex-wrap items-start gap-3">
                    <TestConnectionButton applianceId={appliance.id} test={testApplianceAction} />
                    {appliance.isSimulated ? null : (
                      <Link href={`/appliances/${appliance.id}`} className={buttonClasses("ghost")}>
                        Edit
                      </Link>
                    )}
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
