// Secret attributes: masked in every plan view, never compared with read-back (NITRO does
// not return them, or returns them encrypted), never stored except as a keyed digest.
import type { AttributeValue, DesiredObject, ManagedResource } from "../compile/desired";
import { secretAttributes } from "./attribute-rules";

export const SECRET_MASK = "********";

/** Secret attribute names of an object: what the topology declares plus NITRO's own list. */
export function secretNames(
  resource: ManagedResource,
  declared: readonly string[] = [],
): ReadonlySet<string> {
  return new Set([...declared, ...(secretAttributes[resource] ?? [])]);
}

export function secretsOf(object: DesiredObject): ReadonlySet<string> {
  return secretNames(object.resource, object.secrets);
}

/** A copy with secret values replaced by the mask. */
export function maskSecrets(
  attributes: Readonly<Record<string, AttributeValue>>,
  secrets: ReadonlySet<string>,
): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    out[name] = secrets.has(name) ? SECRET_MASK : value;
  }
  return out;
}

/** A copy without the secret attributes at all (for values that are sent back later). */
export function withoutSecrets<T>(
  attributes: Readonly<Record<string, T>>,
  secrets: ReadonlySet<string>,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!secrets.has(name)) out[name] = value;
  }
  return out;
}
