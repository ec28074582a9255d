// "What Apply will do" in words: how many of each object the topology manages.
import type { DesiredConfig, ManagedResource } from "@/lib/topology/compile/desired";

const nouns: Partial<Record<ManagedResource, [string, string]>> = {
  server: ["server", "servers"],
  servicegroup: ["service group", "service groups"],
  servicegroup_servicegroupmember_binding: ["member", "members"],
  lbvserver: ["virtual server", "virtual servers"],
  lbmonitor: ["monitor", "monitors"],
  dnsaddrec: ["DNS address record", "DNS address records"],
  vpnvserver_appcontroller_binding: [
    "Gateway App Controller binding",
    "Gateway App Controller bindings",
  ],
};

export function describeObjects(config: DesiredConfig): string {
  const counts = new Map<ManagedResource, number>();
  for (const object of config.objects) {
    counts.set(object.resource, (counts.get(object.resource) ?? 0) + 1);
  }
  const parts: string[] = [];
  for (const [resource, [one, many]] of Object.entries(nouns) as [
    ManagedResource,
    [string, string],
  ][]) {
    const count = counts.get(resource) ?? 0;
    if (count > 0) parts.push(`${count} ${count === 1 ? one : many}`);
  }
  return parts.join(", ");
}
