// The DesiredConfig indexed the way the diagram walks it: by group, vserver and VIP name.
// Lists come out sorted so the layout never depends on the config's object order.
import type { DesiredConfig, DesiredObject } from "../compile/desired";
import { text } from "./content";

export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byPort = (a: DesiredObject, b: DesiredObject) =>
  Number(a.attributes.port) - Number(b.attributes.port);

function groupBy(items: DesiredObject[], key: string): Map<string, DesiredObject[]> {
  const map = new Map<string, DesiredObject[]>();
  for (const item of items) {
    const k = text(item, key);
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

export function lookupConfig(config: DesiredConfig) {
  const of = (resource: DesiredObject["resource"]) =>
    config.objects.filter((o) => o.resource === resource);
  const vservers = of("lbvserver").sort((a, b) => byPort(a, b) || byText(a.id, b.id));
  const gateways = of("vpnvserver_appcontroller_binding");
  const vipOf = new Map(vservers.map((v) => [v.id, text(v, "ipv46")]));
  /** VIPs of the vservers a Gateway's App Controller binding depends on. */
  const gatewayTargets = (gateway: DesiredObject) =>
    [...new Set(gateway.dependsOn.flatMap((id) => vipOf.get(id) ?? []))].sort(byText);
  const gatewayVips = new Set(gateways.flatMap(gatewayTargets));
  return {
    addresses: new Map(
      of("server").map((s) => [text(s, "name"), text(s, "ipaddress") || text(s, "domain")]),
    ),
    members: groupBy(
      of("servicegroup_servicegroupmember_binding").sort(
        (a, b) => byText(text(a, "servername"), text(b, "servername")) || byPort(a, b),
      ),
      "servicegroupname",
    ),
    monitors: groupBy(of("servicegroup_lbmonitor_binding"), "servicegroupname"),
    certs: groupBy(of("sslvserver_sslcertkey_binding"), "vservername"),
    boundGroups: groupBy(of("lbvserver_servicegroup_binding"), "name"),
    groups: new Map(of("servicegroup").map((g) => [text(g, "servicegroupname"), g])),
    records: of("dnsaddrec"),
    vservers,
    gateways,
    gatewayTargets,
    // VIPs the Gateway reaches come last, so the Gateway sits below the clients.
    vips: [...new Set(vservers.map((v) => text(v, "ipv46")))].sort(
      (a, b) => Number(gatewayVips.has(a)) - Number(gatewayVips.has(b)) || byText(a, b),
    ),
    gatewayVips,
  };
}

export type ConfigLookup = ReturnType<typeof lookupConfig>;
