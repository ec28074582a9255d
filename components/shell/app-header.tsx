import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";
import { Badge } from "@/components/ui/badge";
import { NavLinks } from "@/components/shell/nav-links";
import { WorkspacePicker } from "@/components/shell/workspace-picker";
import type { WorkspaceChoice } from "@/components/shell/workspace-switcher";
import { roleLabels, type Role } from "@/lib/auth/roles";

interface AppHeaderProps {
  userName: string;
  workspaceId: string;
  workspaceName: string;
  /** Every workspace the user belongs to (a switcher appears when there are several). */
  workspaces: WorkspaceChoice[];
  role: Role;
  /** Alerts firing in this workspace now (the Alerts link's count). */
  firingAlerts: number;
  signOut: () => Promise<void>;
}

export function AppHeader({
  userName,
  workspaceId,
  workspaceName,
  workspaces,
  role,
  firingAlerts,
  signOut,
}: AppHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        {/* Wraps on a phone: the nav drops below the name instead of widening the page. */}
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <Link
            href="/topologies"
            className="text-sm font-semibold whitespace-nowrap tracking-wide text-sky-800 uppercase dark:text-sky-300"
          >
            NetScaler HA
          </Link>
          <nav aria-label="Main">
            <NavLinks firingAlerts={firingAlerts} />
          </nav>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <WorkspacePicker
            workspaceId={workspaceId}
            workspaceName={workspaceName}
            workspaces={workspaces}
          />
          <Badge>{roleLabels[role]}</Badge>
          <span
            className="hidden text-slate-600 sm:inline dark:text-slate-300"
            data-testid="current-user"
          >
            {userName}
          </span>
          <form action={signOut}>
            <SubmitButton variant="ghost">Sign out</SubmitButton>
          </form>
        </div>
      </div>
    </header>
  );
}
