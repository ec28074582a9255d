import type { Metadata } from "next";
import { RenameWorkspaceForm } from "@/components/settings/rename-workspace-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/auth/roles";
import { requireAppSession } from "@/lib/auth/session";
import { renameWorkspaceAction } from "./workspace-actions";

export const metadata: Metadata = { title: "Account" };

export default async function SettingsPage() {
  const session = await requireAppSession();
  return (
    <>
      <PageHeader
        title="Account"
        description="Your account and the workspace you are working in."
      />
      <Card>
        <dl className="grid gap-4 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Name</dt>
            <dd>{session.userName}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Email</dt>
            <dd>{session.email}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Workspace</dt>
            <dd>{session.workspaceName}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Your role</dt>
            <dd>{roleLabels[session.role]}</dd>
          </div>
        </dl>
      </Card>
      {can(session.role, "workspace:rename") ? (
        <Card className="mt-8">
          {/* Keyed by workspace: after a switch, the field starts from the other one's name. */}
          <RenameWorkspaceForm
            key={session.workspaceId}
            name={session.workspaceName}
            rename={renameWorkspaceAction}
          />
        </Card>
      ) : null}
    </>
  );
}
