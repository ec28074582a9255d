// Test support: DesiredConfigs for both setups built by hand from the tables in docs/domain.md
// (#igel-netscaler-objects, #xenmobile-netscaler-objects), so the
// planner's tests do not depend on the compiler. Attribute forms are NITRO's, as sent.
import {
  applyLevels,
  type AttributeValue,
  type DesiredConfig,
  type DesiredObject,
  type ManagedResource,
} from "../../compile/desired";
import { identityAttributes } from "../identity";

const binding = (resource: ManagedResource) => resource.endsWith("_binding");

export function object(
  resource: ManagedResource,
  attributes: Record<string, AttributeValue>,
  extra: Partial<
    Pick<DesiredObject, "dependsOn" | "requires" | "secrets" | "immutable" | "label">
  > = {},
): DesiredObject {
  const keys: readonly string[] = identityAttributes[resource];
  const identity = Object.fromEntries(keys.map((k) => [k, attributes[k] ?? ""]));
  const immutable =
    resource === "lbvserver"
      ? ["servicetype", "port", "td"]
      : resource === "servicegroup"
        ? ["servicetype", "td"]
        : resource === "server"
          ? ["ipaddress", "domain", "td"]
          : resource === "lbmonitor"
            ? ["type"]
            : binding(resource) || resource === "dnsaddrec"
              ? Object.keys(attributes)
              : [];
  return {
    id: [resource, ...keys.map((k) => String(attributes[k]))].join("/"),
    resource,
    identity,
    attributes,
    immutable,
    dependsOn: [],
    label: `${resource} ${keys.map((k) => String(attributes[k])).join(" ")}`,
    ...extra,
  };
}

const sorted = (objects: DesiredObject[]): DesiredConfig => ({
  objects: objects.sort(
    (a, b) => applyLevels[a.resource] - applyLevels[b.resource] || (a.id < b.id ? -1 : 1),
  ),
});

/** IGEL UMS: n servers, ports 30001 (USIP), 8443 (no USIP), 9080 (USIP), SOURCEIP 5 min /32. */
export function igelDesired(serverCount = 2, prefix = "igel", vip = "10.10.20.100"): DesiredConfig {
  const servers = Array.from({ length: serverCount }, (_, i) =>
    object("server", { name: `${prefix}_ums${i + 1}`, ipaddress: `10.10.20.${11 + i}` }),
  );
  const objects: DesiredObject[] = [...servers];
  for (const [port, usip] of [
    [30001, "YES"],
    [8443, "NO"],
    [9080, "YES"],
  ] as const) {
    const sg = object("servicegroup", {
      servicegroupname: `${prefix}_sg_${port}`,
      servicetype: "TCP",
      usip,
    });
    const vs = object("lbvserver", {
      name: `${prefix}_vs_${port}`,
      servicetype: "TCP",
      ipv46: vip,
      port,
      persistencetype: "SOURCEIP",
      timeout: 5,
      persistmask: "255.255.255.255",
      lbmethod: "ROUNDROBIN",
    });
    objects.push(sg, vs);
    for (const server of servers) {
      objects.push(
        object(
          "servicegroup_servicegroupmember_binding",
          {
            servicegroupname: sg.identity.servicegroupname ?? "",
            servername: server.identity.name ?? "",
            port,
          },
          { dependsOn: [sg.id, server.id] },
        ),
      );
    }
    objects.push(
      object(
        "lbvserver_servicegroup_binding",
        { name: vs.identity.name ?? "", servicegroupname: sg.identity.servicegroupname ?? "" },
        { dependsOn: [vs.id, sg.id] },
      ),
    );
  }
  objects.push(object("dnsaddrec", { hostname: `${prefix}.corp.local`, ipaddress: vip }));
  return sorted(objects);
}

/** XenMobile: MDM SSL_BRIDGE 443/8443, MAM SSL 8443 with server IDs, cert, monitor, DNS, Gateway. */
export function xenMobileDesired(nodeCount = 2, prefix = "xms"): DesiredConfig {
  const nodes = Array.from({ length: nodeCount }, (_, i) =>
    object("server", { name: `${prefix}_node${i + 1}`, ipaddress: `10.20.1.${11 + i}` }),
  );
  const monitor = object("lbmonitor", {
    monitorname: `${prefix}_mon`,
    type: "HTTP-ECV",
    send: "GET /zdm/cxf/public/getserverinfo",
    recv: "XenMobile",
    secure: "YES",
  });
  const objects: DesiredObject[] = [...nodes, monitor];
  const groups: Array<[string, string, string, number, Record<string, AttributeValue>]> = [
    ["mdm_443", "SSL_BRIDGE", "10.20.1.50", 443, { persistencetype: "SOURCEIP", timeout: 5 }],
    ["mdm_8443", "SSL_BRIDGE", "10.20.1.50", 8443, { persistencetype: "SOURCEIP", timeout: 5 }],
    [
      "mam_8443",
      "SSL",
      "10.20.1.51",
      8443,
      { persistencetype: "CUSTOMSERVERID", rule: 'HTTP.REQ.COOKIE.VALUE("ACNODEID")' },
    ],
  ];
  for (const [suffix, type, vip, port, persistence] of groups) {
    const sg = object("servicegroup", {
      servicegroupname: `${prefix}_sg_${suffix}`,
      servicetype: type,
    });
    const vs = object("lbvserver", {
      name: `${prefix}_vs_${suffix}`,
      servicetype: type,
      ipv46: vip,
      port,
      ...persistence,
    });
    const sgName = `${prefix}_sg_${suffix}`;
    objects.push(sg, vs);
    nodes.forEach((node, i) => {
      const member: Record<string, AttributeValue> = {
        servicegroupname: sgName,
        servername: node.identity.name ?? "",
        port,
      };
      if (type === "SSL") member.customserverid = `${i + 1}`;
      objects.push(
        object("servicegroup_servicegroupmember_binding", member, { dependsOn: [sg.id, node.id] }),
      );
    });
    objects.push(
      object(
        "servicegroup_lbmonitor_binding",
        { servicegroupname: sgName, monitor_name: `${prefix}_mon` },
        { dependsOn: [sg.id, monitor.id] },
      ),
    );
    objects.push(
      object(
        "lbvserver_servicegroup_binding",
        { name: `${prefix}_vs_${suffix}`, servicegroupname: sgName },
        { dependsOn: [vs.id, sg.id] },
      ),
    );
    if (type === "SSL") {
      objects.push(
        object(
          "sslvserver_sslcertkey_binding",
          { vservername: `${prefix}_vs_${suffix}`, certkeyname: "xms-cert" },
          { dependsOn: [vs.id], requires: [{ resource: "sslcertkey", name: "xms-cert" }] },
        ),
      );
    }
  }
  const record = object("dnsaddrec", { hostname: "xms.corp.local", ipaddress: "10.20.1.51" });
  objects.push(record);
  objects.push(
    object(
      "vpnvserver_appcontroller_binding",
      { name: "ag_vs", appcontroller: "https://xms.corp.local:8443" },
      { dependsOn: [record.id], requires: [{ resource: "vpnvserver", name: "ag_vs" }] },
    ),
  );
  return sorted(objects);
}
