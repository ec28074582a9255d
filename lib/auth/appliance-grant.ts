// Who may manage appliance credentials: owners always; editors only in a workspace whose owner
// allowed it (Settings › Account). The NetScaler administrator passwords the appliances hold
// are worth more than any topology, so the default keeps them with the owners.
import "server-only";
import { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { defineWorkspaceSwitch } from "@/lib/members/workspace-switches";

/** The one permission an owner can extend to editors, per workspace. */
export const EDITOR_GRANTABLE: Permission = "appliance:manage";

export const applianceGrantSchema = z.object({
  editors: z.enum(["on", "off"], "Choose whether editors may manage appliances."),
});

const grant = defineWorkspaceSwitch("editorsManageAppliances", {
  on: "workspace.appliances_delegated",
  off: "workspace.appliances_reserved",
});

export const editorsManageAppliances = grant.read;

/** Turns the grant on or off; records only a real change. */
export const setEditorsManageAppliances = grant.set;

/** can() plus the workspace's grant: what every action, route and page asks. */
export async function canInWorkspace(
  session: { role: Role; workspaceId: string },
  permission: Permission,
): Promise<boolean> {
  if (can(session.role, permission)) return true;
  if (permission !== EDITOR_GRANTABLE || session.role !== "editor") return false;
  return editorsManageAppliances(session.workspaceId);
}
