// Objects both kinds build the same way: servers, members, vservers with persistence, and the
// vserver-to-group binding.
import type { AttributeValue, DesiredObject } from "./desired";
import { objectNames } from "../schema/naming";
import type { Persistence } from "../schema/common";
import { isIPv4, isIPv6 } from "../schema/net";
import { desiredObject } from "./objects";

export function serverObject(prefix: string, name: string, address: string): DesiredObject {
  const serverName = objectNames.server(prefix, name);
  // A host name becomes NITRO `domain` (the appliance resolves it); an IP is `ipaddress`.
  const addressAttribute = isIPv4(address) || isIPv6(address) ? "ipaddress" : "domain";
  return desiredObject(
    "server",
    { name: serverName, [addressAttribute]: address },
    { label: `Server ${serverName} (${address})` },
  );
}

export function memberObject(
  group: DesiredObject,
  server: DesiredObject,
  port: number,
  customServerId?: string,
): DesiredObject {
  const groupName = String(group.identity.servicegroupname);
  const serverName = String(server.identity.name);
  const attributes: Record<string, AttributeValue> = {
    servicegroupname: groupName,
    servername: serverName,
    port,
  };
  if (customServerId !== undefined) attributes.customserverid = customServerId;
  const idNote = customServerId === undefined ? "" : ` (server ID ${customServerId})`;
  return desiredObject("servicegroup_servicegroupmember_binding", attributes, {
    label: `Member ${serverName}:${port} of ${groupName}${idNote}`,
    dependsOn: [group, server],
  });
}

/** NITRO persistence attributes: only the ones that belong to the chosen type. */
export function persistenceAttributes(p: Persistence): Record<string, AttributeValue> {
  if (p.type === "SOURCEIP") {
    return { persistencetype: "SOURCEIP", timeout: p.timeout, persistmask: p.mask };
  }
  if (p.type === "CUSTOMSERVERID") return { persistencetype: "CUSTOMSERVERID", rule: p.rule };
  return { persistencetype: "NONE" };
}

export function vserverObject(
  name: string,
  serviceType: string,
  vip: string,
  port: number,
  persistence: Persistence,
): DesiredObject {
  return desiredObject(
    "lbvserver",
    { name, servicetype: serviceType, ipv46: vip, port, ...persistenceAttributes(persistence) },
    { label: `LB vserver ${name} (${serviceType} ${vip}:${port})` },
  );
}

export function vserverGroupBinding(vserver: DesiredObject, group: DesiredObject): DesiredObject {
  const name = String(vserver.identity.name);
  const groupName = String(group.identity.servicegroupname);
  return desiredObject(
    "lbvserver_servicegroup_binding",
    { name, servicegroupname: groupName },
    { label: `Service group ${groupName} bound to ${name}`, dependsOn: [vserver, group] },
  );
}

export function addressRecordObject(hostname: string, ipaddress: string): DesiredObject {
  return desiredObject(
    "dnsaddrec",
    { hostname, ipaddress },
    { label: `DNS address record ${hostname} → ${ipaddress}` },
  );
}
