// What NITRO says about each managed resource (docs/domain.md#nitro-resources): the key attributes
// that identify an object, which one goes in the URL path, which go into args= on delete, and
// which attributes cannot change in place.
import type { ManagedResource } from "./desired";

export interface ResourceSpec {
  /** Identity attributes, in id order. */
  keys: readonly string[];
  /** Attribute whose value is the URL path segment for GET/DELETE. */
  primaryKey: string;
  /** Attributes sent as args= on DELETE (NITRO delete_args). */
  deleteArgs: readonly string[];
  /** Bindings are identity-only: every attribute is immutable, a change is unbind + bind. */
  binding: boolean;
  /** NITRO immutable keys (objects only; bindings use all their attributes). */
  immutable: readonly string[];
}

function binding(keys: readonly string[], deleteArgs: readonly string[]): ResourceSpec {
  return { keys, primaryKey: keys[0] ?? "", deleteArgs, binding: true, immutable: [] };
}

export const resourceSpecs: Record<ManagedResource, ResourceSpec> = {
  server: {
    keys: ["name"],
    primaryKey: "name",
    deleteArgs: [],
    binding: false,
    // NITRO lists domain/ipv6address/querytype/td; an address change is also a re-create here
    // because the appliance cannot move a bound server to a new IP in place.
    immutable: ["domain", "ipaddress", "ipv6address", "querytype", "td"],
  },
  lbmonitor: {
    keys: ["monitorname"],
    primaryKey: "monitorname",
    deleteArgs: ["type"],
    binding: false,
    immutable: ["type"],
  },
  servicegroup: {
    keys: ["servicegroupname"],
    primaryKey: "servicegroupname",
    deleteArgs: [],
    binding: false,
    immutable: ["bootstrap", "cachetype", "memberport", "nodefaultbindings", "servicetype", "td"],
  },
  servicegroup_servicegroupmember_binding: binding(
    ["servicegroupname", "servername", "port"],
    ["servername", "port"],
  ),
  servicegroup_lbmonitor_binding: binding(["servicegroupname", "monitor_name"], ["monitor_name"]),
  lbvserver: {
    keys: ["name"],
    primaryKey: "name",
    deleteArgs: [],
    binding: false,
    immutable: ["nodefaultbindings", "port", "range", "servicetype", "td"],
  },
  lbvserver_servicegroup_binding: binding(["name", "servicegroupname"], ["servicegroupname"]),
  sslvserver_sslcertkey_binding: binding(["vservername", "certkeyname"], ["certkeyname"]),
  // An address record is add/delete only in NITRO (no update): all of it is immutable.
  dnsaddrec: {
    keys: ["hostname", "ipaddress"],
    primaryKey: "hostname",
    deleteArgs: ["ipaddress"],
    binding: false,
    immutable: ["hostname", "ipaddress", "ttl"],
  },
  vpnvserver_appcontroller_binding: binding(["name", "appcontroller"], ["appcontroller"]),
};
