// Workspace roles. Stored lower-case in memberships.role (the auth library's convention);
// a CHECK constraint in the database keeps the column to these three.
export const roles = ["owner", "editor", "viewer"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  owner: "Owner",
  editor: "Editor",
  viewer: "Viewer",
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
