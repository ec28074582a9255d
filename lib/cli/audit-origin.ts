// The CLI's audit events are made by its "Command line" user (lib/cli/state-records.ts); their
// detail says so and names the machine and the operating-system account that ran it, the
// closest the CLI has to the web's client address.
import os from "node:os";
import type { Actor } from "@/lib/auth/actor";

export function cliAuditDetail(): Record<string, string> {
  const detail: Record<string, string> = { via: "cli", host: os.hostname() };
  try {
    detail.osUser = os.userInfo().username;
  } catch {
    // No passwd entry for the uid (some containers): the host has to do.
  }
  return detail;
}

/** The "Command line" user, acting in its own workspace from this machine. */
export function cliActor(owner: { workspaceId: string; actorId: string }): Actor {
  return {
    userId: owner.actorId,
    workspaceId: owner.workspaceId,
    clientAddress: null,
    via: cliAuditDetail(),
  };
}
