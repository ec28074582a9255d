// Checks against what the chosen appliance already has. Pure: the caller reads the facts
// (lib/nitro) and passes them in, so the same messages work in the browser and in tests.
import type { TopologyDraft, IgelUmsDraft, XenMobileDraft } from "../schema/document";
import { formatCidrV4, inSubnet, isIPv4, parseCidrV4, subnetOf } from "../schema/net";
import { IssueCollector, type ValidationResult } from "./issues";
import { checkOwnedAddresses } from "./owned-addresses";
import { plannedVservers } from "./planned-vservers";
import { gatewayVipMessage } from "./xenmobile";

export interface ApplianceFacts {
  snips: ReadonlyArray<{ ipaddress: string; netmask: string }>;
  /** Every address nsip lists except VIPs (NSIP, SNIPs, MIPs …), with its type. */
  ownedAddresses: ReadonlyArray<{ ipaddress: string; type: string }>;
  /** The lb vservers on the appliance. */
  vservers: ReadonlyArray<{ name: string; ipv46: string; port: number; servicetype: string }>;
  certKeys: readonly string[];
  vpnVservers: ReadonlyArray<{ name: string; ipv46: string; port: number }>;
}

export function validateAgainstAppliance(
  doc: TopologyDraft,
  facts: ApplianceFacts,
): ValidationResult {
  const out = new IssueCollector();
  checkVipPorts(out, doc, facts);
  if (doc.kind === "IGEL_UMS") checkSnips(out, doc, facts);
  else checkXenMobileReferences(out, doc, facts);
  checkOwnedAddresses(out, doc, facts);
  return out.result();
}

function checkVipPorts(out: IssueCollector, doc: TopologyDraft, facts: ApplianceFacts): void {
  const existing = [...facts.vservers, ...facts.vpnVservers];
  for (const planned of plannedVservers(doc)) {
    // A vserver with our name is ours from an earlier apply: the planner updates it.
    const owner = existing.find(
      (v) => v.ipv46 === planned.ip && v.port === planned.port && v.name !== planned.name,
    );
    if (owner) {
      out.error(
        planned.path,
        `${planned.label}: ${planned.ip} port ${planned.port} is already used by vserver "${owner.name}" on the NetScaler; choose a free address or port.`,
      );
    }
  }
}

function checkSnips(out: IssueCollector, doc: IgelUmsDraft, facts: ApplianceFacts): void {
  const subnet = parseCidrV4(doc.network?.umsSubnet ?? "");
  const snip = doc.network?.snip ?? "";
  if (subnet && !facts.snips.some((s) => inSubnet(s.ipaddress, subnet))) {
    out.warning(
      "network.snip",
      `SNIP: the NetScaler has no SNIP in ${formatCidrV4(subnet)} yet; add ${snip || "one"} as a SNIP before applying and make it the UMS servers' default gateway.`,
    );
    return;
  }
  if (isIPv4(snip) && !facts.snips.some((s) => s.ipaddress === snip)) {
    const inside = facts.snips
      .filter((s) => subnet && inSubnet(s.ipaddress, subnet))
      .map((s) => `${s.ipaddress}/${subnetOf(s.ipaddress, s.netmask)?.prefixLength ?? "?"}`);
    out.warning(
      "network.snip",
      `SNIP: ${snip} is not a SNIP on this NetScaler (it has ${inside.join(", ")} in the UMS subnet); enter that one or add ${snip}.`,
    );
  }
}

function checkXenMobileReferences(
  out: IssueCollector,
  doc: XenMobileDraft,
  facts: ApplianceFacts,
): void {
  const certificate = doc.mam?.certificate;
  if (certificate && !facts.certKeys.includes(certificate)) {
    const near = facts.certKeys.find((c) => c.toLowerCase() === certificate.toLowerCase());
    out.error(
      "mam.certificate",
      `Server certificate: "${certificate}" is not installed on this NetScaler; ${near ? `did you mean "${near}"?` : "install it first or enter an installed certificate-key pair."}`,
    );
  }
  const gatewayName = doc.gateway?.vserverName;
  const gateway = facts.vpnVservers.find((v) => v.name === gatewayName);
  if (gatewayName && !gateway) {
    out.error(
      "gateway.vserverName",
      `Gateway vserver: "${gatewayName}" does not exist on this NetScaler; create the Gateway first or enter the name of an existing one.`,
    );
  }
  const gatewayVip = doc.gateway?.vip;
  if (gateway && gatewayVip && gatewayVip !== gateway.ipv46) {
    out.warning(
      "gateway.vip",
      `Gateway VIP: ${gateway.name} listens on ${gateway.ipv46} on the NetScaler, not ${gatewayVip}; correct the value.`,
    );
  }
  const mamVip = doc.mam?.vip ?? "";
  const hit = facts.vpnVservers.find((v) => isIPv4(mamVip) && v.ipv46 === mamVip);
  if (hit) out.error("mam.vip", gatewayVipMessage(mamVip, hit.name));
}
