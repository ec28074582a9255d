// IGEL UMS: the words the wizard uses for each document field, for the history's diff.
import { databaseTypeLabels } from "../schema/constants";
import type { OsGeneration, PortPurpose } from "../schema/igel-ums";
import { nameLabel, persistenceLabels } from "./common-labels";
import { group, textKey, value, type DocumentLabels } from "./label-tree";

const osGenerationLabels: Record<OsGeneration, string> = {
  "11": "IGEL OS 11",
  "12": "IGEL OS 12",
  mixed: "Both (migrating)",
};

const portPurposeLabels: Record<PortPurpose, string> = {
  "thin-clients": "Device connections (IGEL OS 11)",
  console: "UMS console and IGEL OS 12 devices",
  firmware: "Firmware and file downloads",
  other: "Added port",
};

export const igelUmsLabels: DocumentLabels = {
  name: nameLabel,
  prefix: value("Object-name prefix"),
  prerequisites: { type: "checklist", label: "Prerequisites", list: "prerequisites" },
  database: group("Database", {
    type: value("Database type", { values: databaseTypeLabels }),
    host: value("Host"),
    port: value("Port"),
    databaseName: value("Database name"),
    user: value("User (login)"),
    schema: value("Schema"),
  }),
  servers: {
    type: "rows",
    label: "Servers",
    key: textKey("name"),
    rowLabel: (key, index) => key ?? `Server ${index + 1}`,
    fields: { name: value("Name"), address: value("Address") },
  },
  network: group("Network", {
    umsSubnet: value("UMS subnet"),
    snip: value("SNIP"),
    vip: value("VIP"),
  }),
  loadBalancing: group("Load balancing", {
    osGeneration: value("IGEL OS", { values: osGenerationLabels }),
    ports: {
      type: "rows",
      label: "Ports",
      key: textKey("port"),
      rowLabel: (key, index) => (key ? `Port ${key}` : `Port row ${index + 1}`),
      fields: {
        port: value("Port number"),
        purpose: value("Carries", { values: portPurposeLabels }),
        usip: value("Forward the client's IP address (USIP)"),
        enabled: value("Load-balanced"),
      },
    },
    persistence: persistenceLabels,
  }),
  dns: group("DNS", {
    hostName: value("Host name"),
    netscalerRecord: value("Address record on the NetScaler"),
  }),
  after: { type: "checklist", label: "After the NetScaler", list: "after" },
};
