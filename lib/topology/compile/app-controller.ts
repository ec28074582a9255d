// The App Controller URL the Gateway gets: the XMS FQDN on the MAM port. The FQDN resolves to
// the MAM VIP through the NetScaler's address record, so the Gateway reaches the SSL vserver.
import type { XenMobileDraft } from "../schema/document";

export function appControllerUrl(doc: Pick<XenMobileDraft, "dns" | "mam">): string | undefined {
  const fqdn = doc.dns?.xmsFqdn;
  const port = doc.mam?.port;
  if (!fqdn || port === undefined) return undefined;
  return `https://${fqdn}:${port}`;
}
