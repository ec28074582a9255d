// Attribute-by-attribute comparison of one wanted object with its read-back. Only the
// attributes the topology sets are compared: whatever else the appliance holds is not ours.
import type { AttributeValue, DesiredObject } from "../compile/desired";
import { canonical, kindOf, sendable } from "./normalise";
import { SECRET_MASK, secretsOf } from "./secrets";
import type { AttributeChange, DiffOptions, TrackedObject } from "./types";
import { canUpdateInPlace } from "./update-paths";

export interface Comparison {
  changes: AttributeChange[];
  /** Live values of every wanted (non-secret) attribute, sendable: what an undo restores. */
  before: Record<string, AttributeValue>;
}

function secretChange(
  object: DesiredObject,
  name: string,
  value: AttributeValue,
  key: string,
  tracked: TrackedObject | undefined,
  options: DiffOptions,
): AttributeChange | null {
  const digest = options.secretDigest?.(key, name, value);
  const recorded = tracked?.attributes[name];
  // Nothing to compare with: an object we created keeps the secret we sent.
  if (tracked && (digest === undefined || recorded === undefined)) return null;
  if (digest !== undefined && recorded === digest) return null;
  const immutable = object.immutable.includes(name) || !canUpdateInPlace(object.resource, name);
  return { name, from: SECRET_MASK, to: SECRET_MASK, immutable, secret: true };
}

export function compareObject(
  object: DesiredObject,
  live: Readonly<Record<string, unknown>>,
  key: string,
  tracked: TrackedObject | undefined,
  options: DiffOptions,
): Comparison {
  const secrets = secretsOf(object);
  const changes: AttributeChange[] = [];
  const before: Record<string, AttributeValue> = {};
  const { resource } = object;
  for (const [name, value] of Object.entries(object.attributes)) {
    if (secrets.has(name)) {
      const change = secretChange(object, name, value, key, tracked, options);
      if (change) changes.push(change);
      continue;
    }
    const old = sendable(resource, name, live[name], value, live);
    if (old !== null) before[name] = old;
    const kind = kindOf(name, value);
    const wanted = canonical(resource, name, value, kind, object.attributes);
    const current = canonical(resource, name, live[name], kind, live);
    if (wanted === current) continue;
    changes.push({
      name,
      from: old,
      to: value,
      immutable: object.immutable.includes(name) || !canUpdateInPlace(resource, name),
      secret: false,
    });
  }
  return { changes, before };
}
