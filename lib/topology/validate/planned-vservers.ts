// The load-balancing vservers a (possibly partial) document would create, with the field that
// holds their VIP: used to find VIP:port clashes on the appliance.
import { objectNames } from "../schema/naming";
import type { TopologyDraft } from "../schema/document";
import { isIPv4 } from "../schema/net";

export interface PlannedVserver {
  name: string;
  ip: string;
  port: number;
  /** Path of the VIP field, where a clash is reported. */
  path: string;
  label: string;
}

export function plannedVservers(doc: TopologyDraft): PlannedVserver[] {
  const prefix = doc.prefix ?? "";
  if (doc.kind === "IGEL_UMS") {
    const vip = doc.network?.vip ?? "";
    if (!isIPv4(vip)) return [];
    return (doc.loadBalancing?.ports ?? []).flatMap((row) =>
      row.enabled && row.port !== undefined
        ? [
            {
              name: objectNames.igelVserver(prefix, row.port),
              ip: vip,
              port: row.port,
              path: "network.vip",
              label: "VIP",
            },
          ]
        : [],
    );
  }
  const out: PlannedVserver[] = [];
  const mdmVip = doc.mdm?.vip ?? "";
  if (isIPv4(mdmVip)) {
    for (const port of doc.mdm?.ports ?? []) {
      out.push({
        name: objectNames.mdmVserver(prefix, port),
        ip: mdmVip,
        port,
        path: "mdm.vip",
        label: "MDM VIP",
      });
    }
  }
  const mamVip = doc.mam?.vip ?? "";
  const mamPort = doc.mam?.port;
  if (isIPv4(mamVip) && mamPort !== undefined) {
    out.push({
      name: objectNames.mamVserver(prefix, mamPort),
      ip: mamVip,
      port: mamPort,
      path: "mam.vip",
      label: "MAM VIP",
    });
  }
  return out;
}
