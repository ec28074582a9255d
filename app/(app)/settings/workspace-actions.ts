"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setupSchema } from "@/lib/auth/setup";
import {
  secondFactorRequirementSchema,
  setSecondFactorRequired,
} from "@/lib/members/second-factor-requirement";
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

export const setSecondFactorRequiredAction = authedAction(
  "setSecondFactorRequired",
  { permission: "workspace:security", schema: secondFactorRequirementSchema },
  async ({ required }, ctx) => {
    const result = await setSecondFactorRequired(ctx, required === "on");
    // Every page checks the requirement: members without a second factor are sent to set one up.
    if (result.changed) revalidatePath("/", "layout");
    return result;
  },
);
