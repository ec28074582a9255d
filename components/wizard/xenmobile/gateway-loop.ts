"use client";

// The public write-up's DNS mistake (docs/domain.md#xenmobile-dns-and-gateway), caught where it
// can still happen: the MAM VIP (where the XMS name must point inside) being the Gateway's own
// VIP, known from the document or the appliance.
import { isIPv4 } from "@/lib/topology/schema/net";
import { useApplianceLists } from "./use-appliance-lists";
import { useXmsDoc } from "./use-xms-doc";

export function useGatewayLoop(): { gateway: string; vip: string } | null {
  const { doc } = useXmsDoc();
  const lists = useApplianceLists();
  const mamVip = doc.mam?.vip ?? "";
  if (!isIPv4(mamVip)) return null;
  if (doc.gateway?.vip === mamVip) {
    return { gateway: doc.gateway.vserverName || "Gateway", vip: mamVip };
  }
  if (lists.status === "ok") {
    const hit = lists.vpnVservers.find((v) => v.ipv46 === mamVip);
    if (hit) return { gateway: hit.name, vip: mamVip };
  }
  return null;
}
