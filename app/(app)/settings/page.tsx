import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { roleLabels } from "@/lib/auth/roles";
import { requireAppSession } from "@/lib/auth/session";

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
    </>
  );
}
