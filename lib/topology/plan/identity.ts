// The NITRO identity of each managed resource and its canonical text form. Desired objects,
// live read-back rows and ownership records are all matched by this key, never by the
// compiler's id alone: a member is (group, server, port), not a server
// (docs/domain.md#words-used-here).
import type { AttributeValue, ManagedResource } from "../compile/desired";

export const identityAttributes = {
  server: ["name"],
  lbmonitor: ["monitorname"],
  servicegroup: ["servicegroupname"],
  servicegroup_servicegroupmember_binding: ["servicegroupname", "servername", "port"],
  servicegroup_lbmonitor_binding: ["servicegroupname", "monitor_name"],
  lbvserver: ["name"],
  lbvserver_servicegroup_binding: ["name", "servicegroupname"],
  sslvserver_sslcertkey_binding: ["vservername", "certkeyname"],
  dnsaddrec: ["hostname", "ipaddress"],
  vpnvserver_appcontroller_binding: ["name", "appcontroller"],
} as const satisfies Record<ManagedResource, readonly string[]>;

/** DNS host names compare case-insensitively and with or without the root dot. */
function keyPart(resource: ManagedResource, name: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(value);
  const text = String(value).trim();
  if (resource === "dnsaddrec" && name === "hostname") return text.toLowerCase().replace(/\.$/, "");
  if (name === "port" && /^\d+$/.test(text)) return String(Number(text));
  return text;
}

/** "resource|k=v|k=v" from any record holding the key attributes (desired or read back). */
export function identityKey(
  resource: ManagedResource,
  record: Readonly<Record<string, unknown>>,
): string {
  const parts = identityAttributes[resource].map(
    (name) => `${name}=${keyPart(resource, name, record[name])}`,
  );
  return [resource, ...parts].join("|");
}

/** The key attributes of a record, in sendable form (ports as numbers). */
export function identityOf(
  resource: ManagedResource,
  record: Readonly<Record<string, unknown>>,
): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const name of identityAttributes[resource]) {
    const value = record[name];
    if (typeof value === "number" || typeof value === "boolean") out[name] = value;
    else if (typeof value === "string")
      out[name] = name === "port" && /^\d+$/.test(value) ? Number(value) : value;
  }
  return out;
}
