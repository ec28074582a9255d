// Authorization as data: every server action and route handler names one of these
// permissions, and this table alone says which roles hold it.
import type { Role } from "@/lib/auth/roles";

export const permissions = {
  "workspace:read": ["owner", "editor", "viewer"],
  "workspace:rename": ["owner"],
  "workspace:security": ["owner"],
  "members:manage": ["owner"],
  "topology:read": ["owner", "editor", "viewer"],
  "topology:write": ["owner", "editor"],
  "topology:plan": ["owner", "editor"],
  "topology:apply": ["owner", "editor"],
  "topology:share": ["owner", "editor"],
  "appliance:read": ["owner", "editor", "viewer"],
  // Editors too where the workspace allows it (lib/auth/appliance-grant.ts).
  "appliance:manage": ["owner"],
  "workspace:appliance-access": ["owner"],
  // The audit log names colleagues and their addresses: not for read-only members.
  "audit:view": ["owner", "editor"],
  "alerts:read": ["owner", "editor", "viewer"],
  // Rules and channels decide who is woken at night and hold webhook secrets: owners only.
  "alerts:manage": ["owner"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/**
 * What each permission allows, in the product's words. docs/permissions.md is generated from
 * the table, these lines and the code that names each permission (npm run permissions:doc).
 */
export const permissionDescriptions: Record<Permission, string> = {
  "workspace:read": "Belong to the workspace: sign in to it, switch to it, see its settings.",
  "workspace:rename": "Rename the workspace.",
  "workspace:security": "Require every member to use a second factor (an authenticator app).",
  "members:manage":
    "Invite colleagues, change their roles and remove them; cancel or renew invitations; give an editor or viewer a one-time password reset link.",
  "topology:read":
    "Open topologies: the design, diagram, wizard (read-only without topology:write), live status, apply runs, history and exports.",
  "topology:write":
    "Create, rename, edit (wizard, import, restoring a revision), choose the appliance, duplicate, archive and restore topologies.",
  "topology:plan":
    "Plan a topology against its appliance (Review): reads the live appliance with its stored account.",
  "topology:apply": "Apply a topology to its appliance; resume or roll back an interrupted apply.",
  "topology:share": "Make and revoke read-only share links for people without an account.",
  "appliance:read":
    "See the workspace's appliances, and what the wizard checks against them (addresses, virtual servers, certificates).",
  "appliance:manage":
    "Add, change, test and remove appliances, which hold NetScaler administrator credentials. Editors too when an owner allows it under Settings › Account.",
  "workspace:appliance-access":
    "Allow editors to manage appliances (their NetScaler credentials), or reserve that to owners.",
  "audit:view": "See the audit log, which names colleagues and their addresses.",
  "alerts:read":
    "See the Alerts area: firing alerts, rules, channels (never their webhook URLs or keys), silences and the delivery log.",
  "alerts:manage":
    "Create, change and remove alert rules, channels and silences, and send a channel's test message.",
};

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
