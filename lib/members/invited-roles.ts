// Its own module so the invite form can list the roles without loading zod in the browser.
// Owners are never invited (a database CHECK agrees): an owner promotes a member instead.
export const invitedRoles = ["editor", "viewer"] as const;

export type InvitedRole = (typeof invitedRoles)[number];
