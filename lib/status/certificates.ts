// Certificate expiry warnings (pure): which certificates a topology uses, from its compiled
// DesiredConfig, and how close each is to expiry against the configured thresholds
// (CERT_WARN_DAYS, default 30 and 7 days). The status route, the topology list, the metrics and
// the alerts all judge a certificate through certificateWarnings, so they never disagree.
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { CertificateLevel, CertificateStatus, LiveCertificate } from "./types";

/** The thresholds when CERT_WARN_DAYS is not set: warn 30 days ahead, critical at 7. */
export const DEFAULT_CERT_WARN_DAYS: readonly number[] = [30, 7];

export interface UsedCertificate {
  /** The sslcertkey name on the appliance. */
  name: string;
  /** Where the topology uses it, in people's words ("SSL vserver xms_mam_vs_8443"). */
  usedBy: string[];
}

/**
 * Every certificate a topology relies on: the ones its objects require (XenMobile's MAM SSL
 * vserver certificate) and any certkey it binds. Sorted by name, each once.
 */
export function certificatesUsed(desired: DesiredConfig): UsedCertificate[] {
  const used = new Map<string, Set<string>>();
  const add = (name: string, by: string) => {
    if (!name) return;
    used.set(name, (used.get(name) ?? new Set<string>()).add(by));
  };
  for (const object of desired.objects) {
    if (object.resource === "sslvserver_sslcertkey_binding")
      add(
        String(object.identity.certkeyname),
        `SSL vserver ${String(object.identity.vservername)}`,
      );
    else
      for (const required of object.requires ?? [])
        if (required.resource === "sslcertkey") add(required.name, object.label);
  }
  return [...used.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, by]) => ({ name, usedBy: [...by] }));
}

/** Thresholds largest first, each once (a defensive copy of what the environment gave). */
function normalised(thresholds: readonly number[]): number[] {
  return [...new Set(thresholds)].filter((d) => Number.isFinite(d) && d > 0).sort((a, b) => b - a);
}

/**
 * The level of one certificate: expired at 0 days or less (NITRO's daystoexpiration reaches 0
 * on the day it expires), critical at or below the lowest threshold when two or more are set,
 * warning at or below any other threshold, else ok; unknown when it is not known.
 */
export function certificateLevel(
  daysToExpiry: number | null,
  thresholds: readonly number[],
): { level: CertificateLevel; thresholdDays: number | null } {
  if (daysToExpiry === null) return { level: "unknown", thresholdDays: null };
  if (daysToExpiry <= 0) return { level: "expired", thresholdDays: 0 };
  const sorted = normalised(thresholds);
  const crossed = sorted.filter((d) => daysToExpiry <= d);
  const lowest = crossed.at(-1);
  if (lowest === undefined) return { level: "ok", thresholdDays: null };
  const critical = sorted.length >= 2 && lowest === sorted.at(-1);
  return { level: critical ? "critical" : "warning", thresholdDays: lowest };
}

export interface CertificateWarningsInput {
  used: readonly UsedCertificate[];
  /** The appliance's certificates by name (ApplianceSnapshot.certificates); absent until read. */
  certificates: Readonly<Record<string, LiveCertificate>> | undefined;
  /** When they were read (ApplianceSnapshot.certificatesReadAt). */
  readAt: string | null | undefined;
  thresholds: readonly number[];
}

/** One entry per used certificate, in the order given; never throws. */
export function certificateWarnings(input: CertificateWarningsInput): CertificateStatus[] {
  const read = input.certificates !== undefined && Boolean(input.readAt);
  return input.used.map((used) => {
    const live = read ? input.certificates?.[used.name] : undefined;
    const daysToExpiry = live?.daysToExpiry ?? null;
    const { level, thresholdDays } = certificateLevel(daysToExpiry, input.thresholds);
    return {
      name: used.name,
      usedBy: used.usedBy,
      daysToExpiry,
      expiresAt: live?.expiresAt ?? null,
      level,
      thresholdDays,
      missing: read && live === undefined,
      readAt: read ? (input.readAt ?? null) : null,
    };
  });
}

const severity: Record<CertificateLevel, number> = {
  ok: 0,
  unknown: 1,
  warning: 2,
  critical: 3,
  expired: 4,
};

/** The most urgent certificate at or below a threshold (for a badge), or null when none is. */
export function worstCertificate(statuses: readonly CertificateStatus[]): CertificateStatus | null {
  let worst: CertificateStatus | null = null;
  for (const s of statuses) {
    if (s.level !== "warning" && s.level !== "critical" && s.level !== "expired") continue;
    if (
      !worst ||
      severity[s.level] > severity[worst.level] ||
      (severity[s.level] === severity[worst.level] &&
        (s.daysToExpiry ?? 0) < (worst.daysToExpiry ?? 0))
    )
      worst = s;
  }
  return worst;
}
