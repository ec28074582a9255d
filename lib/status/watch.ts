// What a topology watches: its vservers and members from the compiled DesiredConfig (pure),
// plus the DB loader the poller uses.
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { certificatesUsed } from "./certificates";
import { memberKey, vserverKey } from "./keys";
import type { WatchSet } from "./types";

export function watchSetFrom(topologyId: string, desired: DesiredConfig): WatchSet {
  const groupsOf = new Map<string, string[]>();
  const vserversOf = new Map<string, string[]>();
  for (const o of desired.objects) {
    if (o.resource !== "lbvserver_servicegroup_binding") continue;
    const vs = String(o.identity.name);
    const sg = String(o.identity.servicegroupname);
    groupsOf.set(vs, [...(groupsOf.get(vs) ?? []), sg]);
    vserversOf.set(sg, [...(vserversOf.get(sg) ?? []), vs]);
  }
  const watch: WatchSet = { topologyId, vservers: [], members: [] };
  for (const o of desired.objects) {
    if (o.resource === "lbvserver") {
      const name = String(o.identity.name);
      watch.vservers.push({
        key: vserverKey(name),
        name,
        label: o.label,
        groups: groupsOf.get(name) ?? [],
      });
    } else if (o.resource === "servicegroup_servicegroupmember_binding") {
      const serviceGroup = String(o.identity.servicegroupname);
      const server = String(o.identity.servername ?? o.identity.ip ?? "");
      const port = Number(o.identity.port);
      watch.members.push({
        key: memberKey(serviceGroup, server, port),
        label: o.label,
        serviceGroup,
        server,
        port,
        vservers: vserversOf.get(serviceGroup) ?? [],
      });
    }
  }
  watch.certificates = certificatesUsed(desired);
  return watch;
}
