import { switchWorkspaceAction } from "@/app/(app)/settings/switch-workspace-action";
import { requireAppSession } from "@/lib/auth/session";
import { listMembershipsForUser } from "@/lib/members/memberships";
import { WorkspaceSwitcher } from "./workspace-switcher";

/** The current workspace's name, or a switcher when the user belongs to more than one. */
export async function WorkspacePicker({ workspaceName }: { workspaceName: string }) {
  const session = await requireAppSession();
  const memberships = await listMembershipsForUser(session.userId);
  if (memberships.length <= 1) {
    return (
      <span className="text-slate-600 dark:text-slate-300">
        <span className="sr-only">Workspace: </span>
        {workspaceName}
      </span>
    );
  }
  return (
    <WorkspaceSwitcher
      current={session.workspaceId}
      workspaces={memberships.map(({ workspaceId, workspaceName }) => ({
        workspaceId,
        workspaceName,
      }))}
      switchWorkspace={switchWorkspaceAction}
    />
  );
}
