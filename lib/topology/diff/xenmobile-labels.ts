// XenMobile Server: the words the wizard uses for each document field, for the history's diff.
import { nameLabel, persistenceLabels } from "./common-labels";
import { group, textKey, value, type DocumentLabels } from "./label-tree";

export const xenMobileLabels: DocumentLabels = {
  name: nameLabel,
  prefix: value("Object-name prefix"),
  prerequisites: { type: "checklist", label: "Prerequisites", list: "prerequisites" },
  nodes: {
    type: "rows",
    label: "Nodes",
    key: textKey("name"),
    rowLabel: (key, index) => key ?? `Node ${index + 1}`,
    fields: { name: value("Name"), address: value("Address"), serverId: value("Server ID") },
  },
  monitor: group("Health monitor", {
    enabled: value("HTTP-ECV monitor"),
    expectedReply: value("Expected reply"),
  }),
  mdm: group("MDM", {
    vip: value("VIP"),
    ports: { type: "list", label: "Ports" },
    persistence: persistenceLabels,
  }),
  mam: group("MAM", {
    vip: value("VIP"),
    port: value("Port"),
    certificate: value("Server certificate"),
    persistence: persistenceLabels,
  }),
  gateway: group("Gateway", {
    vserverName: value("Gateway vserver"),
    vip: value("Gateway VIP"),
  }),
  dns: group("DNS", {
    xmsFqdn: value("XMS FQDN"),
    netscalerRecord: value("Address record on the NetScaler"),
  }),
  after: { type: "checklist", label: "After the NetScaler", list: "after" },
};
