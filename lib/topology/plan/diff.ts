// The pure planner: wanted objects vs the live appliance vs what this topology applied
// before → one item per object. Deletes only ever touch recorded (tracked) objects; an
// untracked live object with a wanted identity is a conflict unless the admin adopts it.
import { applyLevels, type DesiredConfig, type DesiredObject } from "../compile/desired";
import { markClashes } from "./clashes";
import { compareObject } from "./compare";
import { propagateReplacements } from "./dependents";
import { identityKey } from "./identity";
import { sendable } from "./normalise";
import { maskSecrets, secretNames, secretsOf } from "./secrets";
import { sha256Hex } from "./sha256";
import { summarise } from "./summary";
import type {
  DiffOptions,
  LiveState,
  MissingReference,
  Plan,
  PlanItem,
  PlanRelease,
  TrackedObject,
} from "./types";

export function desiredKey(object: DesiredObject): string {
  return identityKey(object.resource, { ...object.attributes, ...object.identity });
}

function wantedItem(
  object: DesiredObject,
  key: string,
  live: LiveState,
  tracked: TrackedObject | undefined,
  options: DiffOptions,
): PlanItem {
  const base = {
    id: object.id,
    identityKey: key,
    resource: object.resource,
    level: applyLevels[object.resource],
    label: object.label,
    identity: { ...object.identity },
    attributes: maskSecrets(object.attributes, secretsOf(object)),
    dangerous: false,
  };
  const current = live.objects.get(key);
  if (!current) return { ...base, action: "create", changes: [] };
  const { changes, before } = compareObject(object, current.record, key, tracked, options);
  const owner = tracked ? undefined : options.ownedElsewhere?.get(key);
  const adopt = !tracked && !owner && (options.adopt ?? []).includes(object.id);
  if (!tracked && !adopt) {
    const reason = owner
      ? "Exists on the appliance and belongs to another topology"
      : "Exists on the appliance but was not created by this topology";
    const conflict = { ...base, action: "conflict" as const, changes, before, reason };
    return { ...conflict, adoptable: !owner, ...(owner ? { ownedByTopologyId: owner } : {}) };
  }
  const extra = adopt ? { adopt: true } : {};
  const immutable = changes.filter((change) => change.immutable);
  if (immutable.length > 0) {
    const names = immutable.map((change) => change.name).join(", ");
    const reason = `${names} cannot change in place: deleted and re-created`;
    return { ...base, ...extra, action: "replace", changes, before, dangerous: true, reason };
  }
  const action = changes.length > 0 ? "update" : "unchanged";
  return { ...base, ...extra, action, changes, before };
}

function deleteItem(object: TrackedObject, record: Readonly<Record<string, unknown>>): PlanItem {
  const secrets = secretNames(object.resource);
  const before: PlanItem["before"] = {};
  for (const [name, last] of Object.entries(object.attributes)) {
    if (secrets.has(name)) continue;
    const value = sendable(object.resource, name, record[name], last, record);
    if (value !== null) before[name] = value;
  }
  return {
    id: object.objectId,
    identityKey: object.identityKey,
    resource: object.resource,
    level: applyLevels[object.resource],
    label: object.label,
    action: "delete",
    identity: { ...object.identity },
    changes: [],
    before,
    dangerous: false,
    reason: "No longer part of the topology",
  };
}

function missingReferences(desired: DesiredConfig, live: LiveState): MissingReference[] {
  const out: MissingReference[] = [];
  for (const object of desired.objects) {
    for (const ref of object.requires ?? []) {
      if (live.references[ref.resource].has(ref.name)) continue;
      out.push({
        objectId: object.id,
        label: object.label,
        resource: ref.resource,
        name: ref.name,
      });
    }
  }
  return out.sort((a, b) => byText(a.objectId, b.objectId) || byText(a.name, b.name));
}

/** Code-unit order: a plan's order (and hash) must not depend on the server's locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byOrder = (a: PlanItem, b: PlanItem) =>
  a.level - b.level || byText(a.resource, b.resource) || byText(a.id, b.id);

export function diff(
  desired: DesiredConfig,
  live: LiveState,
  tracked: readonly TrackedObject[],
  options: DiffOptions = {},
): Plan {
  const trackedByKey = new Map(tracked.map((object) => [object.identityKey, object]));
  const wantedKeys = new Set<string>();
  const items: PlanItem[] = [];
  for (const object of desired.objects) {
    const key = desiredKey(object);
    wantedKeys.add(key);
    items.push(wantedItem(object, key, live, trackedByKey.get(key), options));
  }
  const releases: PlanRelease[] = [];
  const forget: string[] = [];
  for (const object of tracked) {
    if (wantedKeys.has(object.identityKey)) continue;
    const current = live.objects.get(object.identityKey);
    // Gone already (or never created before a crash): only the record is left to drop.
    if (!current) {
      if (live.resources.has(object.resource)) forget.push(object.identityKey);
    } else if (object.adopted) releases.push({ ...object, id: object.objectId });
    else items.push(deleteItem(object, current.record));
  }
  propagateReplacements(items, desired);
  markClashes(items, live);
  items.sort(byOrder);
  const refs = missingReferences(desired, live);
  const cleanReleases = releases
    .map(({ id, identityKey: key, resource, label }) => ({ id, identityKey: key, resource, label }))
    .sort((a, b) => byText(a.identityKey, b.identityKey));
  forget.sort();
  const body = { items, missingReferences: refs, releases: cleanReleases, forget };
  const hash = sha256Hex(JSON.stringify(body));
  return { ...body, summary: summarise(items, refs.length, cleanReleases.length), hash };
}
