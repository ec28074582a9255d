// Test support: complete topology documents for both kinds, compiled by the real compiler.
import {
  compile,
  defaultIgelUmsDocument,
  defaultXenMobileDocument,
  type DesiredConfig,
  type IgelUmsDocument,
  type XenMobileDocument,
} from "@/lib/topology";

export interface IgelOptions {
  servers?: number;
  /** Server names (default ums1, ums2, …); umsN gets address 10.10.20.(10+N). */
  serverNames?: readonly string[];
  prefix?: string;
  vip?: string;
  /** First three octets of the server addresses (default 10.10.20). */
  addressBase?: string;
  /** Ports to leave out (default: none, so 30001, 8443 and 9080 all load-balanced). */
  disabledPorts?: readonly number[];
  timeout?: number;
  /** Address of the first server (default 10.10.20.11). */
  firstAddress?: string;
  dnsRecord?: boolean;
}

export function igelDocument(o: IgelOptions = {}): IgelUmsDocument {
  const doc = defaultIgelUmsDocument("IGEL test");
  doc.prefix = o.prefix ?? "igel";
  doc.servers = Array.from({ length: o.servers ?? 2 }, (_, i) => {
    const name = o.serverNames?.[i] ?? `ums${i + 1}`;
    // umsN lives at 10.10.20.(10+N) whatever its position, so renames keep addresses apart.
    const n = Number(/(\d+)$/.exec(name)?.[1] ?? i + 1);
    return {
      name,
      address:
        i === 0 && o.firstAddress ? o.firstAddress : `${o.addressBase ?? "10.10.20"}.${10 + n}`,
    };
  });
  doc.network = { umsSubnet: "10.10.20.0/24", snip: "10.10.20.5", vip: o.vip ?? "10.10.20.100" };
  doc.database.host = "sql.corp.local";
  doc.dns = { hostName: "igel.corp.local", netscalerRecord: o.dnsRecord ?? true };
  doc.loadBalancing.ports = doc.loadBalancing.ports.map((row) => ({
    ...row,
    enabled: !(o.disabledPorts ?? []).includes(row.port),
  }));
  if (o.timeout !== undefined && doc.loadBalancing.persistence.type === "SOURCEIP") {
    doc.loadBalancing.persistence = { ...doc.loadBalancing.persistence, timeout: o.timeout };
  }
  return doc;
}

export interface XenMobileOptions {
  nodes?: number;
  prefix?: string;
  certificate?: string;
  gateway?: string;
  monitor?: boolean;
}

export function xenMobileDocument(o: XenMobileOptions = {}): XenMobileDocument {
  const doc = defaultXenMobileDocument("XMS test");
  doc.prefix = o.prefix ?? "xms";
  doc.nodes = Array.from({ length: o.nodes ?? 2 }, (_, i) => ({
    name: `xms${i + 1}`,
    address: `10.20.1.${11 + i}`,
    serverId: `${i + 1}`,
  }));
  doc.mdm.vip = "10.20.1.50";
  doc.mam.vip = "10.20.1.51";
  doc.mam.certificate = o.certificate ?? "xms-cert";
  doc.gateway = { vserverName: o.gateway ?? "ag_vs", vip: "10.20.1.20" };
  doc.dns = { xmsFqdn: "xms.corp.local", netscalerRecord: true };
  doc.monitor = { enabled: o.monitor ?? true, expectedReply: "200 OK" };
  return doc;
}

export const igelDesiredConfig = (o?: IgelOptions): DesiredConfig => compile(igelDocument(o));
export const xenMobileDesiredConfig = (o?: XenMobileOptions): DesiredConfig =>
  compile(xenMobileDocument(o));
