// The NITRO calls a topology needs, as data (for a "show me the API calls" export and for
// reviewing a plan): method, path below the appliance's base URL, and body. Secret attribute
// values are masked.
import type { AttributeValue, DesiredConfig, DesiredObject } from "../compile/desired";
import { resourceSpecs } from "../compile/resource-specs";
import { printJson } from "./json-print";
import { encodeName, encodeStrict } from "./nitro-encode";

export const MASK = "********";

export interface NitroRequest {
  method: "POST" | "PUT" | "DELETE";
  path: string;
  body?: Record<string, Record<string, AttributeValue>>;
  /** The DesiredObject this call is for (absent for the final save). */
  objectId?: string;
}

const CONFIG = "/nitro/v1/config";

export const saveRequest: NitroRequest = {
  method: "POST",
  path: `${CONFIG}/nsconfig?action=save`,
  body: { nsconfig: {} },
};

function masked(obj: DesiredObject, attributes: Record<string, AttributeValue>) {
  const out: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(attributes)) {
    out[key] = obj.secrets?.includes(key) ? MASK : value;
  }
  return out;
}

function keyAttributes(obj: DesiredObject): Record<string, AttributeValue> {
  return { ...obj.identity };
}

/** Objects are added with POST; bindings are bound with PUT (NITRO reference, Ansible). */
export function nitroCreateRequest(obj: DesiredObject): NitroRequest {
  const method = resourceSpecs[obj.resource].binding ? "PUT" : "POST";
  return {
    method,
    path: `${CONFIG}/${obj.resource}`,
    body: { [obj.resource]: masked(obj, obj.attributes) },
    objectId: obj.id,
  };
}

/** PUT with the key in the body for changed attributes; `?action=unset` for removed ones. */
export function nitroUpdateRequests(
  obj: DesiredObject,
  changed: readonly string[],
): NitroRequest[] {
  const blocked = changed.filter((a) => obj.immutable.includes(a));
  if (blocked.length > 0) {
    throw new Error(
      `${obj.id}: ${blocked.join(", ")} cannot change in place; delete and re-create.`,
    );
  }
  const requests: NitroRequest[] = [];
  const body = keyAttributes(obj);
  const unset: string[] = [];
  for (const attribute of changed) {
    const value = obj.attributes[attribute];
    if (value === undefined) unset.push(attribute);
    else body[attribute] = value;
  }
  if (unset.length < changed.length) {
    requests.push({
      method: "PUT",
      path: `${CONFIG}/${obj.resource}`,
      body: { [obj.resource]: masked(obj, body) },
      objectId: obj.id,
    });
  }
  if (unset.length > 0) {
    const reset = keyAttributes(obj);
    for (const attribute of unset) reset[attribute] = true;
    requests.push({
      method: "POST",
      path: `${CONFIG}/${obj.resource}?action=unset`,
      body: { [obj.resource]: reset },
      objectId: obj.id,
    });
  }
  return requests;
}

/** DELETE …/<resource>/<primary key, encoded twice>?args=k:v (values encoded once). */
export function nitroDeleteRequest(obj: DesiredObject): NitroRequest {
  const spec = resourceSpecs[obj.resource];
  const primary = String(obj.attributes[spec.primaryKey] ?? "");
  const args = spec.deleteArgs
    .filter((key) => obj.attributes[key] !== undefined)
    .map((key) => `${key}:${encodeStrict(String(obj.attributes[key]))}`);
  const query = args.length > 0 ? `?args=${args.join(",")}` : "";
  return {
    method: "DELETE",
    path: `${CONFIG}/${obj.resource}/${encodeName(primary)}${query}`,
    objectId: obj.id,
  };
}

export function nitroRequests(config: DesiredConfig): NitroRequest[] {
  return [...config.objects.map(nitroCreateRequest), saveRequest];
}

export function nitroRollbackRequests(config: DesiredConfig): NitroRequest[] {
  return [...[...config.objects].reverse().map(nitroDeleteRequest), saveRequest];
}

/** The request list as a file (same formatting as the document export). */
export function nitroRequestsJson(config: DesiredConfig): string {
  return printJson(nitroRequests(config));
}
