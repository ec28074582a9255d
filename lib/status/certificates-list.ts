import "server-only";
// The topology list's certificate badges: for each topology with an appliance, its most urgent
// used certificate at or below a threshold, judged on the stored snapshot (no NITRO request).
import { certWarnDays } from "./config";
import { certificateWarnings, worstCertificate } from "./certificates";
import { loadWatchTarget } from "./load-watch";
import { loadSnapshot } from "./store";
import type { ApplianceSnapshot, CertificateStatus } from "./types";

/** topologyId → the certificate to warn about; topologies with nothing to warn are absent. */
export async function listCertificateWarnings(
  workspaceId: string,
  topologies: ReadonlyArray<{ id: string; applianceId: string | null }>,
): Promise<Map<string, CertificateStatus>> {
  const snapshots = new Map<string, Promise<ApplianceSnapshot | null>>();
  const snapshotOf = (applianceId: string) => {
    const found = snapshots.get(applianceId) ?? loadSnapshot(applianceId);
    snapshots.set(applianceId, found);
    return found;
  };
  const thresholds = certWarnDays();
  const entries = await Promise.all(
    topologies
      .filter((t) => t.applianceId !== null)
      .map(async (t): Promise<[string, CertificateStatus | null]> => {
        const target = await loadWatchTarget(workspaceId, t.id);
        if (!target.ok || !target.watch.certificates?.length) return [t.id, null];
        const snapshot = await snapshotOf(target.applianceId);
        const statuses = certificateWarnings({
          used: target.watch.certificates,
          certificates: snapshot?.certificates,
          readAt: snapshot?.certificatesReadAt,
          thresholds,
        });
        return [t.id, worstCertificate(statuses)];
      }),
  );
  const out = new Map<string, CertificateStatus>();
  for (const [id, warning] of entries) if (warning) out.set(id, warning);
  return out;
}
