// A VIP on an address the appliance already owns (its NSIP, a SNIP or MIP, or another vserver's
// VIP) makes the apply fail on the NetScaler half-way and roll back; refusing it on the step
// names the owner while the user can still pick a free address.
import { objectNames } from "../schema/naming";
import type { TopologyDraft } from "../schema/document";
import { isIPv4 } from "../schema/net";
import type { IssueCollector } from "./issues";

export interface OwnedAddressFacts {
  /** The appliance's own addresses from nsip (NSIP, SNIP, MIP …; VIPs are checked by vserver). */
  ownedAddresses: ReadonlyArray<{ ipaddress: string; type: string }>;
  vservers: ReadonlyArray<{ name: string; ipv46: string }>;
  vpnVservers: ReadonlyArray<{ name: string; ipv46: string }>;
}

interface VipField {
  path: string;
  label: string;
  ip: string;
}

function vipFields(doc: TopologyDraft): VipField[] {
  const fields =
    doc.kind === "IGEL_UMS"
      ? [{ path: "network.vip", label: "VIP", ip: doc.network?.vip ?? "" }]
      : [
          { path: "mdm.vip", label: "MDM VIP", ip: doc.mdm?.vip ?? "" },
          { path: "mam.vip", label: "MAM VIP", ip: doc.mam?.vip ?? "" },
        ];
  return fields.filter((f) => isIPv4(f.ip));
}

/** Name stems of the vservers this topology creates; a re-plan may keep their VIPs. */
function ownVserverStems(doc: TopologyDraft): string[] {
  const prefix = doc.prefix ?? "";
  const stem = (name: string) => name.slice(0, -1); // drops the placeholder port "0"
  return doc.kind === "IGEL_UMS"
    ? [stem(objectNames.igelVserver(prefix, 0))]
    : [stem(objectNames.mdmVserver(prefix, 0)), stem(objectNames.mamVserver(prefix, 0))];
}

function isOwnVserver(name: string, stems: readonly string[]): boolean {
  return stems.some((s) => name.startsWith(s) && /^\d+$/.test(name.slice(s.length)));
}

function ownerOf(ip: string, facts: OwnedAddressFacts, stems: readonly string[]): string | null {
  const address = facts.ownedAddresses.find((a) => a.ipaddress === ip && a.type !== "VIP");
  if (address) return `this NetScaler's ${address.type}`;
  const lb = facts.vservers.find((v) => v.ipv46 === ip && !isOwnVserver(v.name, stems));
  if (lb) return `the VIP of lb vserver ${lb.name}`;
  const vpn = facts.vpnVservers.find((v) => v.ipv46 === ip);
  if (vpn) return `the VIP of Gateway (vpn vserver) ${vpn.name}`;
  return null;
}

/** Runs after the other appliance checks: a field that already has an error keeps that one. */
export function checkOwnedAddresses(
  out: IssueCollector,
  doc: TopologyDraft,
  facts: OwnedAddressFacts,
): void {
  const stems = ownVserverStems(doc);
  for (const field of vipFields(doc)) {
    if (out.errors.some((e) => e.path === field.path)) continue;
    const owner = ownerOf(field.ip, facts, stems);
    if (owner) {
      out.error(
        field.path,
        `${field.label}: ${field.ip} is ${owner}; a VIP needs an address the NetScaler does not use yet.`,
      );
    }
  }
}
