// An audit entry in the words the log page shows: the sentence, who, and where from.
import { describeAction } from "@/lib/audit/action-labels";
import type { AuditEntry } from "@/lib/audit/query";

export function describeEntry(entry: AuditEntry): string {
  return describeAction(entry.action, {
    target: entry.target?.label ?? "",
    detail: entry.detail,
    nameOf: (id) => (typeof id === "string" ? (entry.names[id] ?? null) : null),
    self: entry.actorId !== null && entry.target?.id === entry.actorId,
  });
}

const viaCli = (entry: AuditEntry) => entry.detail.via === "cli";

/** The actor's name; the command line or a deleted account when there is no user to name. */
export function actorName(entry: AuditEntry): string {
  if (entry.actor) return entry.actor.name;
  // Nobody proved who they were; the target names the account they tried.
  if (entry.action === "auth.sign_in_failed") return "Someone not signed in";
  return viaCli(entry) ? "Command line" : "Deleted account or the system";
}

/** The client's address; from the command line, the machine it ran on. */
export function originOf(entry: AuditEntry): string {
  if (entry.ipAddress) return entry.ipAddress;
  const host = typeof entry.detail.host === "string" ? entry.detail.host : null;
  if (viaCli(entry)) return host ? `Command line on ${host}` : "Command line";
  return "—";
}
