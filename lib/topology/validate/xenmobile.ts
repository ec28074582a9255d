// Cross-field rules for XenMobile (docs/domain.md#xenmobile-validation).
import type { XenMobileDraft } from "../schema/document";
import { isIPv4, sameAddress } from "../schema/net";
import { XMS_MONITOR_PATH } from "../schema/constants";
import type { IssueCollector } from "./issues";
import { checkMembers } from "./members";
import { checkPersistence } from "./persistence";

/**
 * The public write-up's mistake (docs/domain.md#xenmobile-dns-and-gateway): the XMS FQDN must
 * resolve to the MAM VIP, never to the Gateway VIP.
 */
export function gatewayVipMessage(mamVip: string, gateway: string): string {
  return `MAM VIP: ${mamVip} is the VIP of the Gateway ${gateway}. The XMS FQDN record must point at the MAM load-balancing VIP, not the Gateway VIP, or Secure Hub's micro-VPN traffic loops back into the Gateway; enter a free address for the MAM VIP.`;
}

export function checkXenMobile(out: IssueCollector, doc: XenMobileDraft): void {
  checkMembers(out, doc.nodes, {
    key: "nodes",
    noun: "XMS node",
    nameLabel: "Node name",
    addressLabel: "Node address",
    prefix: doc.prefix,
    checkServerIds: true,
  });
  checkVips(out, doc);
  checkMdmPorts(out, doc);
  checkPersistence(out, doc.mdm?.persistence, "mdm.persistence", "MDM", "SSL_BRIDGE");
  checkPersistence(out, doc.mam?.persistence, "mam.persistence", "MAM", "SSL");
  if (doc.mdm?.persistence?.type === "NONE") {
    out.warning(
      "mdm.persistence.type",
      "MDM persistence: a cluster needs SOURCEIP (CTX227406) because iOS opens several connections per MDM command; choose SOURCEIP.",
    );
  }
  if (doc.monitor?.enabled && !doc.monitor.expectedReply?.trim()) {
    out.error(
      "monitor.expectedReply",
      `Expected reply: enter the text your XMS version returns on ${XMS_MONITOR_PATH}; it changed between versions, so there is no default.`,
    );
  }
  if (doc.dns?.netscalerRecord === false) {
    out.warning(
      "dns.netscalerRecord",
      "NetScaler address record: without it the Gateway resolves the XMS FQDN through its DNS servers; make sure they answer with the MAM VIP.",
    );
  }
}

function checkVips(out: IssueCollector, doc: XenMobileDraft): void {
  const mdmVip = doc.mdm?.vip ?? "";
  const mamVip = doc.mam?.vip ?? "";
  const gatewayVip = doc.gateway?.vip ?? "";
  const gateway = doc.gateway?.vserverName || "vserver";
  if (isIPv4(mamVip) && mamVip === mdmVip) {
    out.error("mam.vip", "MAM VIP: must differ from the MDM VIP; each needs its own free address.");
  }
  if (isIPv4(gatewayVip) && gatewayVip === mamVip) {
    out.error("mam.vip", gatewayVipMessage(mamVip, gateway));
  }
  if (isIPv4(gatewayVip) && gatewayVip === mdmVip) {
    out.error(
      "mdm.vip",
      `MDM VIP: ${mdmVip} is the VIP of the Gateway ${gateway}; enter a free address for the MDM VIP.`,
    );
  }
  (doc.nodes ?? []).forEach((node, index) => {
    for (const [key, label, vip] of [
      ["mdm", "MDM VIP", mdmVip],
      ["mam", "MAM VIP", mamVip],
    ] as const) {
      if (isIPv4(vip) && sameAddress(node.address ?? "", vip)) {
        out.error(
          `${key}.vip`,
          `${label}: ${vip} is the address of XMS node ${index + 1}; enter a free address.`,
        );
      }
    }
  });
}

function checkMdmPorts(out: IssueCollector, doc: XenMobileDraft): void {
  if (!doc.mdm) return; // the missing step is reported by the schema
  const ports = doc.mdm.ports;
  if (ports === undefined || ports.length === 0) {
    out.error("mdm.ports", "MDM ports: add at least one port, normally 443 and 8443.");
    return;
  }
  ports.forEach((port, index) => {
    if (ports.slice(0, index).includes(port)) {
      out.error(
        `mdm.ports.${index}`,
        `MDM port: ${port} is listed twice; each port can be used once on the MDM VIP.`,
      );
    }
  });
}
