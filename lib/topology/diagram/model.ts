// DesiredConfig → the diagram's tree: VIPs → vservers → service groups → members, plus the
// sources in front (clients, and the Gateway for XenMobile's MAM VIP) and the DNS records
// attached to the VIP they point at.
import type { DesiredConfig } from "../compile/desired";
import type { TopologyKind } from "../schema/kinds";
import {
  dnsContent,
  gatewayContent,
  groupContent,
  memberContent,
  text,
  vipContent,
  vserverContent,
} from "./content";
import { byText, lookupConfig, type ConfigLookup } from "./lookup";
import type { NodeContent } from "./types";

export interface TreeEntry {
  content: NodeContent;
  column: number;
  children: TreeEntry[];
  /** Drawn under the node in the same column (DNS records under their VIP). */
  attached: NodeContent[];
}

export interface DiagramModel {
  /** Column 0: who sends traffic to which VIP node ids. */
  sources: Array<{ content: NodeContent; targets: string[]; verb: string }>;
  roots: TreeEntry[];
  /** Bindings the tree cannot show by nesting (a group bound to a second vserver). */
  extraEdges: Array<{ from: string; to: string }>;
}

const clients: Record<TopologyKind, { lines: string[]; spoken: string }> = {
  IGEL_UMS: { lines: ["thin clients,", "UMS consoles"], spoken: "thin clients and UMS consoles" },
  XENMOBILE: { lines: ["mobile devices", "(Secure Hub)"], spoken: "mobile devices (Secure Hub)" },
};
const anyClients = { lines: ["users, devices"], spoken: "users and devices" };

const leaf = (content: NodeContent, column: number): TreeEntry => ({
  content,
  column,
  children: [],
  attached: [],
});

class TreeBuilder {
  private readonly placed = new Set<string>();
  readonly extraEdges: DiagramModel["extraEdges"] = [];

  constructor(private readonly c: ConfigLookup) {}

  /** A group under its first vserver; a later vserver bound to it only gets an edge. */
  group(name: string, vserverId: string | null): TreeEntry[] {
    const group = this.c.groups.get(name);
    if (!group) return [];
    if (this.placed.has(name)) {
      if (vserverId) this.extraEdges.push({ from: vserverId, to: group.id });
      return [];
    }
    this.placed.add(name);
    const monitors = (this.c.monitors.get(name) ?? []).map((b) => text(b, "monitor_name"));
    const entry = leaf(groupContent(group, monitors), 3);
    entry.children = (this.c.members.get(name) ?? []).map((m) =>
      leaf(memberContent(m, this.c.addresses.get(text(m, "servername")) ?? ""), 4),
    );
    return [entry];
  }

  vip(vip: string, kind: TopologyKind | undefined): TreeEntry {
    const onVip = this.c.vservers.filter((v) => text(v, "ipv46") === vip);
    const entry = leaf(vipContent(vip, onVip, kind), 1);
    entry.children = onVip.map((v) => {
      const name = text(v, "name");
      const certs = (this.c.certs.get(name) ?? []).map((b) => text(b, "certkeyname"));
      const child = leaf(vserverContent(v, certs), 2);
      child.children = (this.c.boundGroups.get(name) ?? [])
        .map((b) => text(b, "servicegroupname"))
        .sort(byText)
        .flatMap((group) => this.group(group, v.id));
      return child;
    });
    entry.attached = this.c.records.filter((r) => text(r, "ipaddress") === vip).map(dnsContent);
    return entry;
  }

  unplacedGroups(): TreeEntry[] {
    const names = [...this.c.groups.keys()].filter((n) => !this.placed.has(n)).sort(byText);
    return names.flatMap((name) => this.group(name, null));
  }
}

export function diagramModel(config: DesiredConfig, kind?: TopologyKind): DiagramModel {
  const c = lookupConfig(config);
  const tree = new TreeBuilder(c);
  const roots = c.vips.map((vip) => tree.vip(vip, kind));
  // Objects no VIP reaches still exist on the appliance: show them, unconnected.
  for (const group of tree.unplacedGroups()) roots.push(group);
  for (const record of c.records.filter((r) => !c.vips.includes(text(r, "ipaddress")))) {
    roots.push(leaf(dnsContent(record), 1));
  }

  const sources: DiagramModel["sources"] = [];
  const clientTargets = c.vips.filter((v) => !c.gatewayVips.has(v)).map((v) => `vip/${v}`);
  if (clientTargets.length) {
    const who = kind ? clients[kind] : anyClients;
    const content: NodeContent = { id: "clients", kind: "clients", title: "Clients", ...who };
    sources.push({ content, targets: clientTargets, verb: "reach" });
  }
  for (const gateway of c.gateways) {
    const targets = c.gatewayTargets(gateway).map((v) => `vip/${v}`);
    sources.push({ content: gatewayContent(gateway), targets, verb: "sends app traffic to" });
  }
  return { sources, roots, extraEdges: tree.extraEdges };
}
