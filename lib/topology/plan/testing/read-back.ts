// Test support: what a NetScaler returns for objects created from DesiredObjects, in the wire
// shapes that cause false drift when trusted blindly (docs/nitro.md#wire-quirks): Double-typed
// fields as strings, enum tokens in upper case, defaults filled in, "None"/"none" for unset,
// secrets omitted, and ports as plain numbers. Used by the pure diff tests and property tests.
import type { DesiredObject, ManagedResource } from "../../compile/desired";
import { secretsOf } from "../secrets";
import type { LiveRows } from "../live-state";

// Fields NITRO declares as Double, per resource (docs/nitro.md#wire-quirks): they come back as
// strings.
const doubles: Partial<Record<ManagedResource, readonly string[]>> = {
  server: ["td"],
  servicegroup: [
    "td",
    "maxclient",
    "maxreq",
    "clttimeout",
    "svrtimeout",
    "maxbandwidth",
    "monthreshold",
  ],
  servicegroup_servicegroupmember_binding: ["hashid", "serverid", "weight"],
  servicegroup_lbmonitor_binding: ["weight"],
  lbmonitor: ["deviation", "weight"],
  lbvserver: [
    "timeout",
    "backuppersistencetimeout",
    "v6persistmasklen",
    "clttimeout",
    "td",
    "range",
  ],
  dnsaddrec: ["ttl"],
  vpnvserver_appcontroller_binding: ["acttype"],
};

const filled: Partial<Record<ManagedResource, Record<string, unknown>>> = {
  server: { state: "ENABLED", td: 0, ipv6address: "NO", translationip: "0.0.0.0" },
  servicegroup: {
    state: "ENABLED",
    td: 0,
    usip: "NO",
    cip: "DISABLED",
    maxclient: 0,
    healthmonitor: "YES",
  },
  servicegroup_servicegroupmember_binding: {
    weight: 1,
    customserverid: "None",
    serverid: 0,
    state: "ENABLED",
    hashid: 0,
    svrstate: "UP",
  },
  servicegroup_lbmonitor_binding: {
    monstate: "ENABLED",
    weight: 1,
    passive: false,
    monweight: "1",
  },
  lbmonitor: {
    interval: 5,
    units3: "SEC",
    resptimeout: 2,
    retries: 3,
    downtime: 30,
    state: "ENABLED",
    lrtm: "DISABLED",
    secure: "NO",
  },
  lbvserver: {
    state: "ENABLED",
    lbmethod: "LEASTCONNECTION",
    persistencetype: "NONE",
    timeout: 2,
    persistmask: "255.255.255.255",
    rule: "none",
    td: 0,
    curstate: "UP",
  },
  sslvserver_sslcertkey_binding: { ca: false, snicert: false, skipcaname: false },
  dnsaddrec: { ttl: 3600, type: "ADNS", authtype: "ALL" },
  vpnvserver_appcontroller_binding: { acttype: 1 },
};

const ENUMS = new Set(["servicetype", "type", "lbmethod", "persistencetype"]);

export function readBackRow(object: DesiredObject): Record<string, unknown> {
  const secrets = secretsOf(object);
  const row: Record<string, unknown> = { ...filled[object.resource] };
  for (const [name, value] of Object.entries(object.attributes)) {
    if (secrets.has(name)) continue;
    row[name] = ENUMS.has(name) && typeof value === "string" ? value.toUpperCase() : value;
  }
  for (const name of doubles[object.resource] ?? []) {
    if (typeof row[name] === "number") row[name] = String(row[name]);
  }
  return row;
}

export function readBack(objects: readonly DesiredObject[]): LiveRows {
  const rows: Partial<Record<ManagedResource, Array<Record<string, unknown>>>> = {};
  for (const object of objects) (rows[object.resource] ??= []).push(readBackRow(object));
  return rows;
}
