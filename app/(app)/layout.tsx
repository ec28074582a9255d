import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";
import { countFiring } from "@/lib/alerts/store/states";
import { AppHeader } from "@/components/shell/app-header";
import { requireAppSession } from "@/lib/auth/session";
import { listMembershipsForUser } from "@/lib/members/memberships";
import { signOutAction } from "./sign-out-action";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const session = await requireAppSession();
  const [memberships, firingAlerts] = await Promise.all([
    listMembershipsForUser(session.userId),
    countFiring(session.workspaceId),
  ]);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-sm"
      >
        Skip to content
      </a>
      <AppHeader
        userName={session.userName}
        workspaceId={session.workspaceId}
        workspaceName={session.workspaceName}
        workspaces={memberships.map(({ workspaceId, workspaceName }) => ({
          workspaceId,
          workspaceName,
        }))}
        role={session.role}
        firingAlerts={firingAlerts}
        signOut={signOutAction}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <QueryProvider>{children}</QueryProvider>
      </main>
    </>
  );
}
