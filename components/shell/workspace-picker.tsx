import { switchWorkspaceAction } from "@/app/(app)/settings/switch-workspace-action";
import { WorkspaceSwitcher, type WorkspaceChoice } from "./workspace-switcher";

/** The current workspace's name, or a switcher when the user belongs to more than one. */
export function WorkspacePicker({
  workspaceId,
  workspaceName,
  workspaces,
}: {
  workspaceId: string;
  workspaceName: string;
  workspaces: WorkspaceChoice[];
}) {
  if (workspaces.length <= 1) {
    return (
      <span className="text-slate-600 dark:text-slate-300">
        <span className="sr-only">Workspace: </span>
        {workspaceName}
      </span>
    );
  }
  return (
    <WorkspaceSwitcher
      current={workspaceId}
      workspaces={workspaces}
      switchWorkspace={switchWorkspaceAction}
    />
  );
}
