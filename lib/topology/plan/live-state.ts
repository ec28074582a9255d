// Builds a LiveState from read-back rows (pure: readLiveState feeds it NITRO's answers, tests
// feed it literal rows). Secret attributes are dropped here, before anything can copy them.
import type { ManagedResource, ReferencedResource } from "../compile/desired";
import { identityKey } from "./identity";
import { secretNames } from "./secrets";
import type { LiveObject, LiveState } from "./types";

export type LiveRows = Partial<Record<ManagedResource, ReadonlyArray<Record<string, unknown>>>>;

export function buildLiveState(
  rows: LiveRows,
  references: Partial<Record<ReferencedResource, Iterable<string>>> = {},
  declaredSecrets: ReadonlyMap<ManagedResource, readonly string[]> = new Map(),
): LiveState {
  const objects = new Map<string, LiveObject>();
  const resources = new Set<ManagedResource>();
  for (const [resource, list] of Object.entries(rows) as Array<
    [ManagedResource, ReadonlyArray<Record<string, unknown>>]
  >) {
    resources.add(resource);
    const secrets = secretNames(resource, declaredSecrets.get(resource));
    for (const row of list) {
      const record: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(row)) {
        if (!secrets.has(name)) record[name] = value;
      }
      const key = identityKey(resource, record);
      objects.set(key, { resource, identityKey: key, record });
    }
  }
  return {
    objects,
    resources,
    references: {
      sslcertkey: new Set(references.sslcertkey ?? []),
      vpnvserver: new Set(references.vpnvserver ?? []),
    },
  };
}
