"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setupSchema } from "@/lib/auth/setup";
import { renameWorkspace } from "@/lib/members/workspaces";
import { authedAction } from "@/lib/safe-action";

// The same rule as naming the workspace at setup, so a name valid once stays valid.
const renameWorkspaceSchema = z.object({
  workspaceName: setupSchema.shape.workspaceName,
});

export const renameWorkspaceAction = authedAction(
  "renameWorkspace",
  { permission: "workspace:rename", schema: renameWorkspaceSchema },
  async ({ workspaceName }, ctx) => {
    const result = await renameWorkspace(ctx, workspaceName);
    // The header, the workspace switcher and every settings page show the name.
    if (result.changed) revalidatePath("/", "layout");
    return result;
  },
);
