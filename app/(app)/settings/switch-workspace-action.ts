"use server";

import { revalidatePath } from "next/cache";
import { ActionError } from "@/lib/action-result";
import { isMemberOf, setActiveWorkspace } from "@/lib/members/memberships";
import { switchWorkspaceSchema } from "@/lib/members/schemas";
import { currentSessionId } from "@/lib/members/workspace-session";
import { authedAction } from "@/lib/safe-action";

const NOT_A_MEMBER = "You are not a member of that workspace.";

// Every member may switch: the target workspace is checked against the user's memberships,
// and an unknown id and someone else's workspace get the same answer.
export const switchWorkspaceAction = authedAction(
  "switchWorkspace",
  { permission: "workspace:read", schema: switchWorkspaceSchema },
  async ({ workspaceId }, ctx) => {
    if (!(await isMemberOf(ctx.userId, workspaceId)))
      throw new ActionError(NOT_A_MEMBER, "NOT_FOUND");
    const sessionId = await currentSessionId();
    if (!sessionId || !(await setActiveWorkspace({ sessionId, userId: ctx.userId }, workspaceId))) {
      throw new ActionError("Your session has expired. Sign in again.", "UNAUTHENTICATED");
    }
    revalidatePath("/", "layout");
    return { workspaceId };
  },
);
