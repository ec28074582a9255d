// The NITRO request for each kind of change, per resource (docs/nitro.md#idempotent-apply,
// docs/domain.md#nitro-resources): add vs bind, PUT with the key inside the body, enable/disable
// actions for admin state (PUT does not change it), unset for attributes going back to unset,
// delete args for composite keys; and sending one through the client (its normal error handling,
// typed NitroErrors).
import type { ArgValue, NitroClient, NitroRecord } from "@/lib/nitro";
import type { AttributeValue, ManagedResource } from "@/lib/topology/compile/desired";
import { identityAttributes } from "@/lib/topology/plan";

export interface PayloadCall {
  op: "add" | "bind" | "update";
  resource: string;
  payload: NitroRecord;
}

export type NitroCall =
  | PayloadCall
  | { op: "action"; resource: string; action: string; payload: NitroRecord }
  | { op: "remove" | "unbind"; resource: string; name: string; args: Record<string, ArgValue> };

type Attributes = Readonly<Record<string, AttributeValue>>;

export const isBinding = (resource: string): boolean => resource.endsWith("_binding");

export function createCall(resource: ManagedResource, attributes: Attributes): PayloadCall {
  return { op: isBinding(resource) ? "bind" : "add", resource, payload: { ...attributes } };
}

/**
 * The attributes that address an object in a request: its identity, plus a monitor's type
 * (NITRO wants it with every change and delete) and a certificate binding's SNI/CA flags
 * (an SNI binding of the same certificate is a different binding).
 */
export function callKey(
  resource: ManagedResource,
  attributes: Attributes,
): Record<string, AttributeValue> {
  const key: Record<string, AttributeValue> = {};
  for (const name of identityAttributes[resource]) {
    const value = attributes[name];
    if (value !== undefined) key[name] = value;
  }
  if (resource === "lbmonitor" && attributes.type !== undefined) key.type = attributes.type;
  if (resource === "sslvserver_sslcertkey_binding") {
    for (const flag of ["snicert", "ca"]) if (String(attributes[flag]) === "true") key[flag] = true;
  }
  return key;
}

/** Member attributes change through the group: `set serviceGroup <sg> <server> <port> -weight`. */
const updateTarget = (resource: ManagedResource): string =>
  resource === "servicegroup_servicegroupmember_binding" ? "servicegroup" : resource;

export function updateCalls(
  resource: ManagedResource,
  attributes: Attributes,
  changes: Readonly<Record<string, AttributeValue | null>>,
): NitroCall[] {
  const target = updateTarget(resource);
  const key: NitroRecord = callKey(resource, attributes);
  const calls: NitroCall[] = [];
  const put: NitroRecord = {};
  for (const [name, value] of Object.entries(changes)) {
    if (name === "state" && value !== null) {
      const enabled = ["ENABLED", "YES", "ON", "TRUE"].includes(String(value).toUpperCase());
      calls.push({
        op: "action",
        resource: target,
        action: enabled ? "enable" : "disable",
        payload: key,
      });
    } else if (value === null) {
      calls.push({
        op: "action",
        resource: target,
        action: "unset",
        payload: { ...key, [name]: true },
      });
    } else {
      put[name] = value;
    }
  }
  if (Object.keys(put).length > 0) {
    calls.unshift({ op: "update", resource: target, payload: { ...key, ...put } });
  }
  return calls;
}

function str(value: AttributeValue | undefined): string {
  return value === undefined ? "" : String(value);
}

export function deleteCall(resource: ManagedResource, attributes: Attributes): NitroCall {
  const a = attributes;
  switch (resource) {
    case "lbmonitor":
      return {
        op: "remove",
        resource,
        name: str(a.monitorname),
        args: a.type ? { type: a.type } : {},
      };
    case "dnsaddrec":
      return {
        op: "remove",
        resource,
        name: str(a.hostname),
        args: { ipaddress: str(a.ipaddress) },
      };
    case "server":
    case "lbvserver":
      return { op: "remove", resource, name: str(a.name), args: {} };
    case "servicegroup":
      return { op: "remove", resource, name: str(a.servicegroupname), args: {} };
    case "servicegroup_servicegroupmember_binding":
      return {
        op: "unbind",
        resource,
        name: str(a.servicegroupname),
        args: { servername: str(a.servername), port: Number(a.port) },
      };
    case "servicegroup_lbmonitor_binding":
      return {
        op: "unbind",
        resource,
        name: str(a.servicegroupname),
        args: { monitor_name: str(a.monitor_name) },
      };
    case "lbvserver_servicegroup_binding":
      return {
        op: "unbind",
        resource,
        name: str(a.name),
        args: { servicegroupname: str(a.servicegroupname) },
      };
    case "sslvserver_sslcertkey_binding": {
      const { vservername: _name, ...args } = callKey(resource, a);
      return { op: "unbind", resource, name: str(a.vservername), args };
    }
    case "vpnvserver_appcontroller_binding":
      return {
        op: "unbind",
        resource,
        name: str(a.name),
        args: { appcontroller: str(a.appcontroller) },
      };
  }
}

export async function send(client: NitroClient, call: NitroCall): Promise<void> {
  switch (call.op) {
    case "add":
      await client.add(call.resource, call.payload);
      return;
    case "bind":
      await client.bind(call.resource, call.payload);
      return;
    case "update":
      await client.update(call.resource, call.payload);
      return;
    case "action":
      await client.action(call.resource, call.action, call.payload);
      return;
    case "remove":
      await client.remove(call.resource, call.name, call.args);
      return;
    case "unbind":
      await client.unbind(call.resource, call.name, call.args);
      return;
  }
}
