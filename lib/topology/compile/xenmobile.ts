// XenMobile → NetScaler objects (docs/domain.md#xenmobile-netscaler-objects): SSL_BRIDGE groups and
// vservers for MDM, an SSL (offload) group and vserver for MAM with each member's custom server ID
// and the certificate, the optional HTTP-ECV monitor, the address record XMS FQDN → MAM VIP and the
// Gateway's App Controller binding.
import { appControllerUrl } from "./app-controller";
import type { DesiredObject } from "./desired";
import { objectNames } from "../schema/naming";
import type { XenMobileDocument } from "../schema/document";
import { XMS_MONITOR_PATH } from "../schema/xenmobile";
import {
  addressRecordObject,
  memberObject,
  serverObject,
  vserverGroupBinding,
  vserverObject,
} from "./building-blocks";
import { desiredObject } from "./objects";

function groupObject(name: string, serviceType: "SSL_BRIDGE" | "SSL"): DesiredObject {
  return desiredObject(
    "servicegroup",
    { servicegroupname: name, servicetype: serviceType },
    { label: `Service group ${name} (${serviceType})` },
  );
}

export function compileXenMobile(doc: XenMobileDocument): DesiredObject[] {
  const { prefix } = doc;
  const nodes = doc.nodes.map((node) => ({
    serverId: node.serverId,
    server: serverObject(prefix, node.name, node.address),
  }));
  const servers = nodes.map((n) => n.server);
  const objects: DesiredObject[] = [...servers];
  const groups: DesiredObject[] = [];

  for (const port of doc.mdm.ports) {
    const group = groupObject(objectNames.mdmServiceGroup(prefix, port), "SSL_BRIDGE");
    const vserver = vserverObject(
      objectNames.mdmVserver(prefix, port),
      "SSL_BRIDGE",
      doc.mdm.vip,
      port,
      doc.mdm.persistence,
    );
    groups.push(group);
    objects.push(group);
    for (const s of servers) objects.push(memberObject(group, s, port));
    objects.push(vserver);
    objects.push(vserverGroupBinding(vserver, group));
  }

  const mamPort = doc.mam.port;
  const mamGroup = groupObject(objectNames.mamServiceGroup(prefix, mamPort), "SSL");
  const mamVserver = vserverObject(
    objectNames.mamVserver(prefix, mamPort),
    "SSL",
    doc.mam.vip,
    mamPort,
    doc.mam.persistence,
  );
  groups.push(mamGroup);
  objects.push(mamGroup);
  for (const n of nodes) objects.push(memberObject(mamGroup, n.server, mamPort, n.serverId));
  objects.push(
    mamVserver,
    vserverGroupBinding(mamVserver, mamGroup),
    desiredObject(
      "sslvserver_sslcertkey_binding",
      { vservername: String(mamVserver.identity.name), certkeyname: doc.mam.certificate },
      {
        label: `Certificate ${doc.mam.certificate} on ${String(mamVserver.identity.name)}`,
        dependsOn: [mamVserver],
        requires: [{ resource: "sslcertkey", name: doc.mam.certificate }],
      },
    ),
  );

  if (doc.monitor.enabled)
    for (const object of monitorObjects(prefix, doc.monitor.expectedReply, groups)) {
      objects.push(object);
    }

  const record = doc.dns.netscalerRecord
    ? addressRecordObject(doc.dns.xmsFqdn, doc.mam.vip)
    : undefined;
  if (record) objects.push(record);
  const url = appControllerUrl(doc) ?? "";
  objects.push(
    desiredObject(
      "vpnvserver_appcontroller_binding",
      { name: doc.gateway.vserverName, appcontroller: url },
      {
        label: `App Controller ${url} on Gateway ${doc.gateway.vserverName}`,
        dependsOn: record ? [mamVserver, record] : [mamVserver],
        requires: [{ resource: "vpnvserver", name: doc.gateway.vserverName }],
      },
    ),
  );
  return objects;
}

function monitorObjects(
  prefix: string,
  expectedReply: string,
  groups: DesiredObject[],
): DesiredObject[] {
  const name = objectNames.monitor(prefix);
  const monitor = desiredObject(
    "lbmonitor",
    {
      monitorname: name,
      type: "HTTP-ECV",
      send: `GET ${XMS_MONITOR_PATH}`,
      recv: expectedReply,
      secure: "YES",
    },
    { label: `Monitor ${name} (HTTPS GET ${XMS_MONITOR_PATH})` },
  );
  const bindings = groups.map((group) => {
    const groupName = String(group.identity.servicegroupname);
    return desiredObject(
      "servicegroup_lbmonitor_binding",
      { servicegroupname: groupName, monitor_name: name },
      { label: `Monitor ${name} on ${groupName}`, dependsOn: [group, monitor] },
    );
  });
  return [monitor, ...bindings];
}
