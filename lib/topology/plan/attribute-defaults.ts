// Values the appliance uses for attributes it does not return (or returns only when set),
// per resource (NITRO documentation defaults, as the simulator and real appliances report).
import type { AttributeValue, ManagedResource } from "../compile/desired";

type DefaultValue =
  AttributeValue | ((wanted: Readonly<Record<string, unknown>>) => AttributeValue);

// Client/server idle timeouts depend on the protocol (long-lived TCP-like types get 9000 s).
const longTimeout = (types: readonly string[]) => (wanted: Readonly<Record<string, unknown>>) =>
  types.includes(String(wanted.servicetype ?? "").toUpperCase());
const SG_LONG = longTimeout(["TCP", "ANY", "SSL_TCP", "UDP", "USER_TCP", "USER_SSL_TCP"]);
const VS_LONG = longTimeout(["TCP", "ANY", "SSL_TCP", "UDP", "SSL_BRIDGE"]);
const HTTP_MONITOR = (wanted: Readonly<Record<string, unknown>>) =>
  ["HTTP", "HTTP-ECV"].includes(String(wanted.type ?? "").toUpperCase());

/** Values the appliance uses for attributes it does not return (or returns only when set). */
export const attributeDefaults: Readonly<
  Partial<Record<ManagedResource, Readonly<Record<string, DefaultValue>>>>
> = {
  server: { state: "ENABLED", td: 0, ipv6address: "NO" },
  servicegroup: {
    state: "ENABLED",
    td: 0,
    usip: "NO",
    cip: "DISABLED",
    useproxyport: "YES",
    healthmonitor: "YES",
    cka: "NO",
    tcpb: "NO",
    cmp: "NO",
    cacheable: "NO",
    sp: "OFF",
    rtspsessionidremap: "OFF",
    maxclient: 0,
    maxreq: 0,
    maxbandwidth: 0,
    monthreshold: 0,
    downstateflush: "ENABLED",
    appflowlog: "ENABLED",
    autoscale: "DISABLED",
    memberport: 0,
    pathmonitor: "NO",
    pathmonitorindv: "NO",
    monconnectionclose: "NONE",
    clttimeout: (w) => (SG_LONG(w) ? 9000 : 180),
    svrtimeout: (w) => (SG_LONG(w) ? 9000 : 360),
  },
  servicegroup_servicegroupmember_binding: {
    weight: 1,
    state: "ENABLED",
    hashid: 0,
    serverid: 0,
    dbsttl: 0,
  },
  servicegroup_lbmonitor_binding: { monstate: "ENABLED", weight: 1, passive: false },
  lbmonitor: {
    state: "ENABLED",
    interval: 5,
    units3: "SEC",
    resptimeout: 2,
    units4: "SEC",
    retries: 3,
    downtime: 30,
    units2: "SEC",
    successretries: 1,
    failureretries: 0,
    alertretries: 0,
    deviation: 0,
    destport: 0,
    reverse: "NO",
    transparent: "NO",
    iptunnel: "NO",
    tos: "NO",
    secure: "NO",
    respcode: (w) => (HTTP_MONITOR(w) ? "200" : ""),
    httprequest: (w) => (HTTP_MONITOR(w) ? "HEAD /" : ""),
  },
  lbvserver: {
    state: "ENABLED",
    td: 0,
    port: 0,
    range: 1,
    lbmethod: "LEASTCONNECTION",
    backuplbmethod: "ROUNDROBIN",
    persistencetype: "NONE",
    timeout: 2,
    persistmask: "255.255.255.255",
    v6persistmasklen: 128,
    persistencebackup: "NONE",
    backuppersistencetimeout: 2,
    clttimeout: (w) => (VS_LONG(w) ? 9000 : 180),
    sessionless: "DISABLED",
    downstateflush: "ENABLED",
    appflowlog: "ENABLED",
    healththreshold: 0,
    cacheable: "NO",
    rtspnat: "OFF",
    icmpvsrresponse: "PASSIVE",
    rhistate: "PASSIVE",
    insertvserveripport: "OFF",
    m: "IP",
    connfailover: "DISABLED",
    redirectportrewrite: "DISABLED",
    disableprimaryondown: "DISABLED",
    trofspersistence: "ENABLED",
    sopersistence: "DISABLED",
    somethod: "NONE",
    sopersistencetimeout: 2,
    listenpolicy: "NONE",
    l2conn: "OFF",
    authentication: "OFF",
    authn401: "OFF",
  },
  sslvserver_sslcertkey_binding: { ca: false, snicert: false, skipcaname: false },
  dnsaddrec: { ttl: 3600 },
};

export function defaultValue(
  resource: ManagedResource,
  attribute: string,
  wanted: Readonly<Record<string, unknown>>,
): AttributeValue | undefined {
  const value = attributeDefaults[resource]?.[attribute];
  return typeof value === "function" ? value(wanted) : value;
}
