// Authorization as data: every server action and route handler names one of these
// permissions, and this table alone says which roles hold it.
import type { Role } from "@/lib/auth/roles";

export const permissions = {
  "workspace:read": ["owner", "editor", "viewer"],
  "workspace:rename": ["owner"],
  "members:manage": ["owner"],
  "topology:read": ["owner", "editor", "viewer"],
  "topology:write": ["owner", "editor"],
  "topology:plan": ["owner", "editor"],
  "topology:apply": ["owner", "editor"],
  "topology:share": ["owner", "editor"],
  "appliance:read": ["owner", "editor", "viewer"],
  "appliance:manage": ["owner", "editor"],
  // The audit log names colleagues and their addresses: not for read-only members.
  "audit:view": ["owner", "editor"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
