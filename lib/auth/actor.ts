// Who does something: the signed-in user in their current workspace, or the command line's own
// user. Every change a feature makes is made by an actor, and the audit log names it.

export interface Actor {
  userId: string;
  workspaceId: string;
  /** The client's address over HTTP; null from the command line, which has none. */
  clientAddress: string | null;
  /** Where the change came from when not from a browser, added to each audit event's detail. */
  via?: Readonly<Record<string, string>>;
}

/**
 * The audit log also names events nobody did (the app noticed a dead apply run) and events of a
 * user who has no workspace yet (signing in before any membership).
 */
export type AuditActor = Omit<Actor, "userId" | "workspaceId"> & {
  userId: string | null;
  workspaceId: string | null;
};

/** The app itself, in a workspace: no user and no address. */
export function systemActor(workspaceId: string): AuditActor {
  return { userId: null, workspaceId, clientAddress: null };
}
