// XenMobile checklists with the topology's values filled in. The facts behind each item:
// docs/domain.md#xenmobile-prerequisites-and-node-ids and
// docs/domain.md#xenmobile-after-the-netscaler.
import type { XenMobileDraft } from "../schema/document";
import { appControllerUrl } from "../compile/app-controller";
import type { XenMobileAfterId, XenMobilePrerequisiteId } from "./ids";
import { shown, type ChecklistItem } from "./types";

type Item<Id> = ChecklistItem & { id: Id };

export function xenMobilePrerequisites(doc: XenMobileDraft): Item<XenMobilePrerequisiteId>[] {
  const ids = (doc.nodes ?? []).map((n) => `${shown(n.name)} = ${shown(n.serverId)}`).join(", ");
  return [
    {
      id: "nodes-installed",
      title: "Install every XMS node against the same database",
      detail: "Each node uses the same database and the same PKI certificate passwords.",
    },
    {
      id: "cluster-enabled",
      title: "Enable clustering",
      detail:
        "Answer y to enable cluster on the first node's CLI; every joined node shows the same host name at its login prompt.",
    },
    {
      id: "node-ids",
      title: "Copy each node's ID",
      detail: `From the XMS CLI Clustering menu or Support > Advanced > Cluster Information: ${ids || shown(undefined)}.`,
    },
    {
      id: "free-ips",
      title: "Reserve free addresses for the VIPs",
      detail: `MDM VIP ${shown(doc.mdm?.vip)} and MAM VIP ${shown(doc.mam?.vip)}, apart from the Gateway VIP.`,
    },
    {
      id: "certificate-installed",
      title: "Install the server certificate on the NetScaler",
      detail: `Certificate-key pair ${shown(doc.mam?.certificate)} for the MAM VIP.`,
    },
    {
      id: "gateway-exists",
      title: "Have the Gateway vserver ready",
      detail: `Gateway vserver ${shown(doc.gateway?.vserverName)} must exist before it gets the App Controller URL.`,
    },
  ];
}

export function xenMobileAfter(doc: XenMobileDraft): Item<XenMobileAfterId>[] {
  const fqdn = shown(doc.dns?.xmsFqdn);
  return [
    {
      id: "public-dns",
      title: "Point public DNS at the MDM VIP (split DNS)",
      detail: `Outside, ${fqdn} resolves to the MDM VIP ${shown(doc.mdm?.vip)} (or the public address translated to it); the NetScaler's own record sends the Gateway to the MAM VIP ${shown(doc.mam?.vip)}.`,
    },
    {
      id: "gateway-test",
      title: "Open an app through the Gateway",
      detail: `${shown(doc.gateway?.vserverName)} now uses App Controller ${shown(appControllerUrl(doc))}.`,
    },
    {
      id: "enrollment-test",
      title: "Enroll a test device",
      detail: `Enroll against ${fqdn}; enrollment uses the MDM VIP in SSL bridge mode.`,
    },
  ];
}
