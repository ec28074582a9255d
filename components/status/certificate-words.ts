// How a certificate's expiry level reads and looks, shared by the status card and the list badge.
import type { CertificateLevel, CertificateStatus } from "@/lib/status/types";

export type CertificateTone = "success" | "warning" | "danger" | "neutral";

export const certificateTone: Record<CertificateLevel, CertificateTone> = {
  ok: "success",
  warning: "warning",
  critical: "danger",
  expired: "danger",
  unknown: "neutral",
};

export const certificateLevelWords: Record<CertificateLevel, string> = {
  ok: "OK",
  warning: "Expires soon",
  critical: "Expires very soon",
  expired: "Expired",
  unknown: "Unknown",
};

/** "12 days left", "Expired 3 days ago", or why it is not known. */
export function daysLeftWords(c: CertificateStatus): string {
  if (!c.readAt) return "Not read yet";
  if (c.missing) return "Not on the appliance";
  if (c.daysToExpiry === null) return "Expiry not reported";
  if (c.daysToExpiry <= 0)
    return c.daysToExpiry === 0
      ? "Expires today"
      : `Expired ${-c.daysToExpiry} day${c.daysToExpiry === -1 ? "" : "s"} ago`;
  return `${c.daysToExpiry} day${c.daysToExpiry === 1 ? "" : "s"} left`;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "10 Jan 2027" (UTC, fixed locale: server and browser agree), or "—". */
export function expiryDate(iso: string | null): string {
  if (!iso) return "—";
  const at = Date.parse(iso);
  return Number.isNaN(at) ? "—" : dateFormat.format(new Date(at));
}
