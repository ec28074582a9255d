// Pure: which reads one poll makes, so the budget holds (lib/status/README.md#request-budget).
// Every poll reads vservers and members; the third slot ("system read") rotates, and the poll
// that logs in has no third slot (the login is its third request). The monitor read for DOWN
// members is decided after the member read (readAppliance), not here: it is the fourth request
// and only exists while something is DOWN.

/** hanode (HA role), nsconfig (unsaved changes), sslcertkey (expiry) or nothing. */
export type SystemRead = "ha" | "config" | "certificates" | "none";

/** Certificates change rarely and expiry is counted in days: re-read at most hourly. */
export const CERTIFICATES_EVERY_MS = 60 * 60_000;

export interface PollReadsInput {
  /** Polls already made on this NITRO client; 0 = this poll logs in. */
  pollOnClient: number;
  /** When the snapshot's certificates were read (ISO), null/undefined = never. */
  certificatesReadAt: string | null | undefined;
  now: Date;
}

export function certificatesDue(readAt: string | null | undefined, now: Date): boolean {
  if (!readAt) return true;
  const at = Date.parse(readAt);
  // A clock step backwards (or a corrupt value) must not stop the reads for good.
  return !Number.isFinite(at) || at > now.getTime() || now.getTime() - at >= CERTIFICATES_EVERY_MS;
}

/**
 * login poll → none; the next poll → ha (the poller's own first HA read comes first); then the
 * hourly certificate read when due; otherwise ha and config alternate, so each is at most two
 * intervals old (three around a certificate read).
 */
export function systemReadFor({
  pollOnClient,
  certificatesReadAt,
  now,
}: PollReadsInput): SystemRead {
  if (pollOnClient <= 0) return "none";
  if (pollOnClient === 1) return "ha";
  if (certificatesDue(certificatesReadAt, now)) return "certificates";
  return pollOnClient % 2 === 1 ? "ha" : "config";
}
