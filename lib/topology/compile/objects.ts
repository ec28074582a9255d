// Builders for single DesiredObjects. The id is the resource plus its key values, so it is
// stable across compiles and unique in a topology (a member is group/server/port).
import type { AttributeValue, DesiredObject, ManagedResource, ReferencedResource } from "./desired";
import { resourceSpecs } from "./resource-specs";

export interface ObjectOptions {
  label: string;
  dependsOn?: readonly DesiredObject[];
  requires?: ReadonlyArray<{ resource: ReferencedResource; name: string }>;
}

export function objectId(
  resource: ManagedResource,
  attributes: Record<string, AttributeValue>,
): string {
  const keys = resourceSpecs[resource].keys.map((key) => String(attributes[key]));
  return [resource, ...keys].join("/");
}

export function desiredObject(
  resource: ManagedResource,
  attributes: Record<string, AttributeValue>,
  options: ObjectOptions,
): DesiredObject {
  const spec = resourceSpecs[resource];
  const identity: Record<string, AttributeValue> = {};
  for (const key of spec.keys) {
    const value = attributes[key];
    if (value === undefined) throw new Error(`${resource} needs its key attribute ${key}.`);
    identity[key] = value;
  }
  const object: DesiredObject = {
    id: objectId(resource, attributes),
    resource,
    identity,
    attributes,
    immutable: spec.binding ? Object.keys(attributes).sort() : spec.immutable,
    dependsOn: (options.dependsOn ?? []).map((d) => d.id),
    label: options.label,
  };
  if (options.requires?.length) object.requires = options.requires;
  return object;
}
