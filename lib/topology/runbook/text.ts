// Small builders for the model's inline text, so section code reads like the sentence it makes.
import type { Inline } from "./types";

/** A literal value: shown as code in both renderers, never reinterpreted as markup. */
export function code(value: string | number): Inline {
  return { code: String(value) };
}

export function strong(value: string): Inline {
  return { strong: value };
}

/** A list of values (each one inline, or a few) as "a, b and c". */
export function joined(values: readonly (Inline | readonly Inline[])[]): Inline[] {
  const out: Inline[] = [];
  values.forEach((value, i) => {
    if (i > 0) out.push(i === values.length - 1 ? " and " : ", ");
    if (Array.isArray(value)) for (const part of value as readonly Inline[]) out.push(part);
    else out.push(value as Inline);
  });
  return out;
}
