// IGEL UMS → NetScaler objects (docs/domain.md#igel-netscaler-objects): one TCP service group and
// one TCP vserver per enabled port on the shared VIP, every UMS server a member of every group,
// SOURCEIP persistence, and optionally the NetScaler address record for the host name.
import type { DesiredObject } from "./desired";
import { objectNames } from "../schema/naming";
import type { IgelUmsDocument } from "../schema/document";
import {
  addressRecordObject,
  memberObject,
  serverObject,
  vserverGroupBinding,
  vserverObject,
} from "./building-blocks";
import { desiredObject } from "./objects";

export function compileIgelUms(doc: IgelUmsDocument): DesiredObject[] {
  const { prefix } = doc;
  const servers = doc.servers.map((s) => serverObject(prefix, s.name, s.address));
  const objects: DesiredObject[] = [...servers];
  for (const row of doc.loadBalancing.ports) {
    if (!row.enabled) continue;
    const groupName = objectNames.igelServiceGroup(prefix, row.port);
    const usip = row.usip ? "YES" : "NO";
    const group = desiredObject(
      "servicegroup",
      { servicegroupname: groupName, servicetype: "TCP", usip },
      { label: `Service group ${groupName} (TCP, USIP ${row.usip ? "on" : "off"})` },
    );
    const vserver = vserverObject(
      objectNames.igelVserver(prefix, row.port),
      "TCP",
      doc.network.vip,
      row.port,
      doc.loadBalancing.persistence,
    );
    objects.push(group);
    for (const server of servers) objects.push(memberObject(group, server, row.port));
    objects.push(vserver, vserverGroupBinding(vserver, group));
  }
  if (doc.dns.netscalerRecord) objects.push(addressRecordObject(doc.dns.hostName, doc.network.vip));
  return objects;
}
