// The record of each operation, written before it runs. It carries everything an undo needs
// (by this process or, after a crash, another one): the object's request key, the old values
// an update overwrites or a delete removes, the values sent. Secrets are masked or absent.
import type { AttributeValue, DesiredObject } from "@/lib/topology/desired";
import { maskSecrets, secretsOf, type PlanItem } from "@/lib/topology/plan";
import type { StepStart } from "./record";
import { callKey } from "./requests";

type Values = Record<string, AttributeValue>;

function pick(values: Readonly<Values>, names: readonly string[]): Values {
  const out: Values = {};
  for (const name of names) {
    const value = values[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function base(item: PlanItem, attributes: Readonly<Values>) {
  return {
    objectId: item.id,
    resource: item.resource,
    label: item.label,
    isUndo: false,
    identity: callKey(item.resource, { ...attributes, ...item.identity }),
  };
}

export function createStep(item: PlanItem, object: DesiredObject): StepStart {
  const after = maskSecrets(object.attributes, secretsOf(object));
  return { ...base(item, object.attributes), action: "create", after };
}

export function adoptStep(item: PlanItem, object: DesiredObject): StepStart {
  const after = maskSecrets(object.attributes, secretsOf(object));
  return { ...base(item, object.attributes), action: "adopt", after };
}

export function updateStep(item: PlanItem, object: DesiredObject): StepStart {
  const names = item.changes.map((change) => change.name);
  const after = pick(maskSecrets(object.attributes, secretsOf(object)), names);
  const before = pick(item.before ?? {}, names);
  return { ...base(item, object.attributes), action: "update", before, after };
}

/** The values a delete removes (what an undo re-creates): identity plus the live attributes. */
export function deletedValues(item: PlanItem): Values {
  return { ...(item.before ?? {}), ...item.identity };
}

export function deleteStep(item: PlanItem): StepStart {
  const before = deletedValues(item);
  return { ...base(item, before), action: "delete", before };
}
