// The design as a table for the shared view: one row per virtual server with its VIP, port,
// protocol and persistence, and the service groups and members behind it. Pure, from the
// compiled DesiredConfig (the same source as the diagram).
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { byText, lookupConfig } from "@/lib/topology/diagram/lookup";
import { text } from "@/lib/topology/diagram/content";

export interface DesignMember {
  server: string;
  /** The member's address ("" when the server is known by a domain name only). */
  address: string;
  port: string;
  serverId: string;
}

export interface DesignGroup {
  name: string;
  protocol: string;
  members: DesignMember[];
}

export interface DesignRow {
  id: string;
  vserver: string;
  vip: string;
  port: string;
  protocol: string;
  persistence: string;
  groups: DesignGroup[];
}

export function designRows(config: DesiredConfig): DesignRow[] {
  const c = lookupConfig(config);
  return c.vservers.map((v) => {
    const name = text(v, "name");
    const groups = (c.boundGroups.get(name) ?? [])
      .map((b) => text(b, "servicegroupname"))
      .sort(byText)
      .map((group) => {
        const object = c.groups.get(group);
        return {
          name: group,
          protocol: object ? text(object, "servicetype") : "",
          members: (c.members.get(group) ?? []).map((m) => ({
            server: text(m, "servername"),
            address: c.addresses.get(text(m, "servername")) ?? "",
            port: text(m, "port"),
            serverId: text(m, "customserverid"),
          })),
        };
      });
    return {
      id: v.id,
      vserver: name,
      vip: text(v, "ipv46"),
      port: text(v, "port"),
      protocol: text(v, "servicetype"),
      persistence: text(v, "persistencetype") || "NONE",
      groups,
    };
  });
}
