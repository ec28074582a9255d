"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { inputClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/action-result";

export interface WorkspaceChoice {
  workspaceId: string;
  workspaceName: string;
}

/** Switches the session's workspace; pages of the old workspace make no sense after it. */
export function WorkspaceSwitcher({
  current,
  workspaces,
  switchWorkspace,
}: {
  current: string;
  workspaces: WorkspaceChoice[];
  switchWorkspace: (input: {
    workspaceId: string;
  }) => Promise<ActionResult<{ workspaceId: string }>>;
}) {
  const router = useRouter();
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onChange = (workspaceId: string) => {
    setValue(workspaceId);
    setError(null);
    startTransition(async () => {
      const result = await switchWorkspace({ workspaceId });
      if (result.ok) {
        router.push("/topologies");
        router.refresh();
      } else {
        setValue(current);
        setError(result.error);
      }
    });
  };
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="workspace-switcher" className="sr-only">
        Workspace
      </label>
      <select
        id="workspace-switcher"
        value={value}
        disabled={pending}
        aria-busy={pending || undefined}
        onChange={(event) => onChange(event.target.value)}
        className={cn(inputClasses, "w-auto max-w-56 py-1")}
      >
        {workspaces.map((workspace) => (
          <option key={workspace.workspaceId} value={workspace.workspaceId}>
            {workspace.workspaceName}
          </option>
        ))}
      </select>
      {error ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
