// Ownership records ↔ planner types. What is recorded for an object is what was last
// applied, with secret values replaced by their digests.
import {
  listOwned,
  listOwnedElsewhere,
  removeOwned,
  type OwnedObjectInput,
  type OwnedObjectRecord,
} from "@/lib/apply/store/ownership";
import {
  applyLevels,
  type AttributeValue,
  type DesiredObject,
} from "@/lib/topology/compile/desired";
import type { ManagedResource } from "@/lib/topology/compile/desired";
import { secretsOf, type Plan, type TrackedObject } from "@/lib/topology/plan";
import { secretDigest } from "./secret-digest";

export function attributesFrom(json: unknown): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  if (typeof json !== "object" || json === null || Array.isArray(json)) return out;
  for (const [name, value] of Object.entries(json)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      out[name] = value;
    }
  }
  return out;
}

export function isManagedResource(resource: string): resource is ManagedResource {
  return Object.hasOwn(applyLevels, resource);
}

function toTracked(row: OwnedObjectRecord): TrackedObject | null {
  if (!isManagedResource(row.resource)) return null;
  return {
    identityKey: row.identityKey,
    objectId: row.objectId,
    resource: row.resource,
    label: row.label,
    identity: attributesFrom(row.identity),
    attributes: attributesFrom(row.attributes),
    adopted: row.adopted,
  };
}

export async function loadTracked(topologyId: string, applianceId: string) {
  const [rows, ownedElsewhere] = await Promise.all([
    listOwned(topologyId, applianceId),
    listOwnedElsewhere(topologyId, applianceId),
  ]);
  const tracked = rows.map(toTracked).filter((t): t is TrackedObject => t !== null);
  return { tracked, ownedElsewhere };
}

/** The record of an object as applied now (secrets as digests). */
export function ownedInput(
  object: DesiredObject,
  identityKey: string,
  adopted?: boolean,
): OwnedObjectInput {
  const secrets = secretsOf(object);
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(object.attributes)) {
    attributes[name] = secrets.has(name) ? secretDigest(identityKey, name, value) : value;
  }
  return {
    identityKey,
    objectId: object.id,
    resource: object.resource,
    label: object.label,
    identity: { ...object.identity },
    attributes,
    ...(adopted === undefined ? {} : { adopted }),
  };
}

/**
 * Objects the plan releases (adopted, now out of the topology) or forgets (recorded, gone from
 * the appliance) leave the records: this topology no longer answers for them.
 */
export async function forgetReleased(topologyId: string, applianceId: string, plan: Plan) {
  const forget = [...plan.forget, ...plan.releases.map((release) => release.identityKey)];
  await removeOwned(topologyId, applianceId, forget);
}
