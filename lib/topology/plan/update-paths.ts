// Which attributes NITRO can change in place. The topology's `immutable` list is the first word;
// this is the safety net from NITRO's own immutable keys (docs/domain.md#nitro-resources) and from
// the resources that have no update at all (most bindings, DNS records).
import type { ManagedResource } from "../compile/desired";

const immutableKeys: Partial<Record<ManagedResource, ReadonlySet<string>>> = {
  server: new Set(["domain", "ipv6address", "querytype", "td"]),
  servicegroup: new Set([
    "servicetype",
    "td",
    "memberport",
    "cachetype",
    "bootstrap",
    "nodefaultbindings",
    "topicname",
  ]),
  lbvserver: new Set(["servicetype", "port", "td", "range", "nodefaultbindings"]),
  lbmonitor: new Set(["type"]),
};

/**
 * Member attributes `set serviceGroup <sg> <server> <port> -weight …` changes
 * (docs/nitro.md#idempotent-apply).
 */
export const memberUpdatable: ReadonlySet<string> = new Set([
  "weight",
  "customserverid",
  "hashid",
  "order",
  "state",
]);

const updatableObjects: ReadonlySet<ManagedResource> = new Set([
  "server",
  "servicegroup",
  "lbvserver",
  "lbmonitor",
]);

export function canUpdateInPlace(resource: ManagedResource, attribute: string): boolean {
  if (resource === "servicegroup_servicegroupmember_binding") return memberUpdatable.has(attribute);
  if (!updatableObjects.has(resource)) return false;
  return !(immutableKeys[resource]?.has(attribute) ?? false);
}
