// What the ownership store would hold after applying `objects`: the planner's "mine" input.
import type { DesiredObject } from "../../compile/desired";
import { desiredKey } from "../diff";
import type { TrackedObject } from "../types";

export function tracked(objects: readonly DesiredObject[], adopted = false): TrackedObject[] {
  return objects.map((o) => ({
    identityKey: desiredKey(o),
    objectId: o.id,
    resource: o.resource,
    label: o.label,
    identity: o.identity,
    attributes: o.attributes,
    adopted,
  }));
}
