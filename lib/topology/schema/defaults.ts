// Starting documents for a new topology (docs/domain.md#igel-os-ports and the NetScaler-object
// tables there): the published setups' values wherever they do not depend on the
// site (ports, USIP, persistence, database names), empty strings for what the admin must enter.
import type { TopologyKind } from "./kinds";
import { defaultPrefixes } from "./naming";
import { sourceIpPersistence } from "./common";
import { CURRENT_SCHEMA_VERSION, type IgelUmsDocument, type XenMobileDocument } from "./document";
import type { TopologyDocument } from "./document";
import { defaultDatabasePorts, type OsGeneration } from "./igel-ums";
import { DEFAULT_MAM_RULE } from "./xenmobile";
import { defaultIgelPorts as igelPortRows } from "./constants";

type IgelPortRow = IgelUmsDocument["loadBalancing"]["ports"][number];

/** The IGEL ports for an OS generation (the rows live in constants.ts, without zod). */
export function defaultIgelPorts(osGeneration: OsGeneration): IgelPortRow[] {
  return igelPortRows(osGeneration);
}

/** A prefix from the topology name, so two topologies on one appliance do not share names. */
export function prefixFromName(kind: TopologyKind, name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 24)
    .replace(/_+$/, "");
  return slug || defaultPrefixes[kind];
}

export function defaultIgelUmsDocument(name: string): IgelUmsDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    kind: "IGEL_UMS",
    name,
    prefix: prefixFromName("IGEL_UMS", name),
    prerequisites: {},
    database: {
      type: "MSSQL",
      host: "",
      port: defaultDatabasePorts.MSSQL,
      databaseName: "rmdb",
      user: "igelums",
      schema: "igelums",
    },
    servers: [
      { name: "ums1", address: "" },
      { name: "ums2", address: "" },
    ],
    network: { umsSubnet: "", snip: "", vip: "" },
    loadBalancing: {
      osGeneration: "11",
      ports: defaultIgelPorts("11"),
      persistence: { ...sourceIpPersistence },
    },
    dns: { hostName: "", netscalerRecord: false },
    after: {},
  };
}

export function defaultXenMobileDocument(name: string): XenMobileDocument {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    kind: "XENMOBILE",
    name,
    prefix: prefixFromName("XENMOBILE", name),
    prerequisites: {},
    nodes: [
      { name: "xms1", address: "", serverId: "" },
      { name: "xms2", address: "", serverId: "" },
    ],
    monitor: { enabled: false, expectedReply: "" },
    mdm: { vip: "", ports: [443, 8443], persistence: { ...sourceIpPersistence } },
    mam: {
      vip: "",
      port: 8443,
      certificate: "",
      persistence: { ...sourceIpPersistence, type: "CUSTOMSERVERID", rule: DEFAULT_MAM_RULE },
    },
    gateway: { vserverName: "", vip: "" },
    dns: { xmsFqdn: "", netscalerRecord: true },
    after: {},
  };
}

export function defaultDocument(kind: TopologyKind, name: string): TopologyDocument {
  return kind === "IGEL_UMS" ? defaultIgelUmsDocument(name) : defaultXenMobileDocument(name);
}
