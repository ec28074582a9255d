// A share link's state as the manage page shows it. Revoked wins over expired: it is the
// deliberate act, and the history should say so.
export type ShareLinkState = "active" | "expired" | "revoked";

export function shareLinkState(
  link: { revokedAt: Date | null; expiresAt: Date | null },
  now: Date,
): ShareLinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}
