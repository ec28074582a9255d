// NetScaler CLI for single objects: what the planner prints for a create, an in-place update
// and a delete.
import type { AttributeValue, DesiredObject } from "../compile/desired";
import { cliQuote } from "./cli-quote";
import { cliSpecs, type CliSpec } from "./cli-specs";

function value(obj: DesiredObject, attribute: string): AttributeValue {
  const v = obj.attributes[attribute];
  if (v === undefined) throw new Error(`${obj.id} has no ${attribute} for the CLI.`);
  return v;
}

function option(spec: CliSpec, obj: DesiredObject, attribute: string): string {
  const name = spec.options[attribute];
  if (!name) throw new Error(`No CLI option for ${obj.resource}.${attribute}.`);
  return name;
}

/** The identifying part of rm/unbind: positional values, then identity options (-monitorName). */
function identifyingArgs(
  spec: CliSpec,
  obj: DesiredObject,
  attributes: readonly string[],
): string[] {
  return attributes.map((attribute) =>
    spec.positional.includes(attribute)
      ? cliQuote(value(obj, attribute))
      : `${option(spec, obj, attribute)} ${cliQuote(value(obj, attribute))}`,
  );
}

export function cliForCreate(obj: DesiredObject): string {
  const spec = cliSpecs[obj.resource];
  const parts = [spec.create, spec.entity];
  for (const attribute of spec.positional) {
    if (obj.attributes[attribute] !== undefined) parts.push(cliQuote(value(obj, attribute)));
  }
  for (const attribute of Object.keys(obj.attributes)) {
    if (spec.positional.includes(attribute)) continue;
    parts.push(option(spec, obj, attribute), cliQuote(value(obj, attribute)));
  }
  return parts.join(" ");
}

export function cliForDelete(obj: DesiredObject): string {
  const spec = cliSpecs[obj.resource];
  return [spec.remove, spec.entity, ...identifyingArgs(spec, obj, spec.removeArgs)].join(" ");
}

/**
 * `set` for changed attributes the object still has and `unset` for the ones it no longer
 * sets (e.g. `rule` after switching from CUSTOMSERVERID to SOURCEIP). Immutable attributes
 * cannot change in place: the planner deletes and re-creates instead, so they are refused.
 */
export function cliForUpdate(obj: DesiredObject, changed: readonly string[]): string[] {
  const spec = cliSpecs[obj.resource];
  const blocked = changed.filter((a) => obj.immutable.includes(a));
  if (blocked.length > 0) {
    throw new Error(
      `${obj.id}: ${blocked.join(", ")} cannot change in place; delete and re-create.`,
    );
  }
  const head = identifyingArgs(spec, obj, spec.setArgs);
  const set = changed.filter((a) => obj.attributes[a] !== undefined);
  const unset = changed.filter((a) => obj.attributes[a] === undefined);
  const lines: string[] = [];
  if (set.length > 0) {
    const options = set.flatMap((a) => [option(spec, obj, a), cliQuote(value(obj, a))]);
    lines.push(["set", spec.entity, ...head, ...options].join(" "));
  }
  if (unset.length > 0) {
    lines.push(
      ["unset", spec.entity, ...head, ...unset.map((a) => option(spec, obj, a))].join(" "),
    );
  }
  return lines;
}
