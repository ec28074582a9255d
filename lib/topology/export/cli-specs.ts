// How each managed resource is written in the NetScaler CLI (docs/domain.md#nitro-resources).
import type { ManagedResource } from "../compile/desired";

export interface CliSpec {
  /** CLI entity words, e.g. "lb vserver", "serviceGroup". */
  entity: string;
  create: "add" | "bind";
  remove: "rm" | "unbind";
  /** Attributes written positionally on create, in order (missing ones are skipped). */
  positional: readonly string[];
  /** Attributes that identify the object on rm/unbind, in order. */
  removeArgs: readonly string[];
  /** Attributes that identify the object on set/unset, in order. */
  setArgs: readonly string[];
  /** NITRO attribute → CLI option, for attributes written as options. */
  options: Readonly<Record<string, string>>;
}

export const cliSpecs: Record<ManagedResource, CliSpec> = {
  server: {
    entity: "server",
    create: "add",
    remove: "rm",
    positional: ["name", "ipaddress", "domain"],
    removeArgs: ["name"],
    setArgs: ["name"],
    options: { ipaddress: "-IPAddress", comment: "-comment" },
  },
  lbmonitor: {
    entity: "lb monitor",
    create: "add",
    remove: "rm",
    positional: ["monitorname", "type"],
    removeArgs: ["monitorname", "type"],
    setArgs: ["monitorname", "type"],
    options: { send: "-send", recv: "-recv", secure: "-secure", comment: "-comment" },
  },
  servicegroup: {
    entity: "serviceGroup",
    create: "add",
    remove: "rm",
    positional: ["servicegroupname", "servicetype"],
    removeArgs: ["servicegroupname"],
    setArgs: ["servicegroupname"],
    options: { usip: "-usip", comment: "-comment" },
  },
  servicegroup_servicegroupmember_binding: {
    entity: "serviceGroup",
    create: "bind",
    remove: "unbind",
    positional: ["servicegroupname", "servername", "port"],
    removeArgs: ["servicegroupname", "servername", "port"],
    setArgs: ["servicegroupname", "servername", "port"],
    options: { customserverid: "-CustomServerID", weight: "-weight" },
  },
  servicegroup_lbmonitor_binding: {
    entity: "serviceGroup",
    create: "bind",
    remove: "unbind",
    positional: ["servicegroupname"],
    removeArgs: ["servicegroupname", "monitor_name"],
    setArgs: ["servicegroupname"],
    options: { monitor_name: "-monitorName" },
  },
  lbvserver: {
    entity: "lb vserver",
    create: "add",
    remove: "rm",
    positional: ["name", "servicetype", "ipv46", "port"],
    removeArgs: ["name"],
    setArgs: ["name"],
    options: {
      ipv46: "-IPAddress",
      persistencetype: "-persistenceType",
      timeout: "-timeout",
      persistmask: "-persistMask",
      rule: "-rule",
      lbmethod: "-lbMethod",
      comment: "-comment",
    },
  },
  lbvserver_servicegroup_binding: {
    entity: "lb vserver",
    create: "bind",
    remove: "unbind",
    positional: ["name", "servicegroupname"],
    removeArgs: ["name", "servicegroupname"],
    setArgs: ["name"],
    options: {},
  },
  sslvserver_sslcertkey_binding: {
    entity: "ssl vserver",
    create: "bind",
    remove: "unbind",
    positional: ["vservername"],
    removeArgs: ["vservername", "certkeyname"],
    setArgs: ["vservername"],
    options: { certkeyname: "-certkeyName" },
  },
  dnsaddrec: {
    entity: "dns addRec",
    create: "add",
    remove: "rm",
    positional: ["hostname", "ipaddress"],
    removeArgs: ["hostname", "ipaddress"],
    setArgs: ["hostname"],
    options: { ttl: "-TTL" },
  },
  vpnvserver_appcontroller_binding: {
    entity: "vpn vserver",
    create: "bind",
    remove: "unbind",
    positional: ["name"],
    removeArgs: ["name", "appcontroller"],
    setArgs: ["name"],
    options: { appcontroller: "-appController" },
  },
};
