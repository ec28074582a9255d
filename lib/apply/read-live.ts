// Reads the live state of the resources a plan involves with one bulk GET per resource type
// (bindings with bulkbindings=yes), all in parallel: the request count depends on which
// resource types a topology uses, never on how many objects it has. The planner itself stays
// pure (lib/topology/plan): this is the I/O half that feeds it.
import { isNitroError, type GetAllOptions, type NitroRecord } from "@/lib/nitro";
import type {
  DesiredConfig,
  ManagedResource,
  ReferencedResource,
} from "@/lib/topology/compile/desired";
import {
  buildLiveState,
  identityAttributes,
  secretNames,
  type LiveRows,
  type LiveState,
  type TrackedObject,
} from "@/lib/topology/plan";

/** The part of NitroClient the planner uses (a fake in unit tests). */
export interface LiveReader {
  getAll(resource: string, options?: GetAllOptions): Promise<NitroRecord[]>;
}

// Attributes some defaults depend on (normalise.ts), read even when no object sets them.
const alwaysRead: Partial<Record<ManagedResource, readonly string[]>> = {
  servicegroup: ["servicetype"],
  lbvserver: ["servicetype"],
  lbmonitor: ["type"],
};

const referenceKey: Record<ReferencedResource, string> = {
  sslcertkey: "certkey",
  vpnvserver: "name",
};

async function readObjects(
  client: LiveReader,
  resource: ManagedResource,
  attrs: readonly string[],
): Promise<NitroRecord[]> {
  if (resource.endsWith("_binding")) return client.getAll(resource, { bulkBindings: true });
  try {
    return await client.getAll(resource, { attrs });
  } catch (error) {
    // An older firmware may not know one of the attribute names: read everything instead.
    if (isNitroError(error, "bad_request")) return client.getAll(resource);
    throw error;
  }
}

async function readNames(client: LiveReader, resource: ReferencedResource): Promise<string[]> {
  const key = referenceKey[resource];
  const rows = await client.getAll(resource, { attrs: [key] });
  return rows.map((row) => row[key]).filter((name): name is string => typeof name === "string");
}

export async function readLiveState(
  client: LiveReader,
  desired: DesiredConfig,
  tracked: readonly TrackedObject[],
): Promise<LiveState> {
  const attrs = new Map<ManagedResource, Set<string>>();
  const declared = new Map<ManagedResource, string[]>();
  const references = new Set<ReferencedResource>();
  const want = (resource: ManagedResource, names: Iterable<string>) => {
    const set =
      attrs.get(resource) ??
      new Set([...identityAttributes[resource], ...(alwaysRead[resource] ?? [])]);
    for (const name of names) set.add(name);
    attrs.set(resource, set);
  };
  for (const object of desired.objects) {
    want(object.resource, [...Object.keys(object.identity), ...Object.keys(object.attributes)]);
    declared.set(object.resource, [
      ...(declared.get(object.resource) ?? []),
      ...(object.secrets ?? []),
    ]);
    for (const ref of object.requires ?? []) references.add(ref.resource);
  }
  for (const object of tracked) want(object.resource, Object.keys(object.attributes));

  const rows: LiveRows = {};
  const refNames: Partial<Record<ReferencedResource, string[]>> = {};
  await Promise.all([
    ...[...attrs].map(async ([resource, names]) => {
      const secrets = secretNames(resource, declared.get(resource));
      const list = [...names].filter((name) => !secrets.has(name)).sort();
      rows[resource] = await readObjects(client, resource, list);
    }),
    ...[...references].map(async (resource) => {
      refNames[resource] = await readNames(client, resource);
    }),
  ]);
  return buildLiveState(rows, refNames, declared);
}
