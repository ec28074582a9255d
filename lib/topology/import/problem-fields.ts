// A refused import travels back from the server action as the form's field errors (the one
// failure shape every action returns). Problems are keyed by their JSONPath ("$" is the whole
// file, "$.servers[1].address" a value), which no form field's name starts with.
import type { ImportProblem } from "./types";

/** The same shape as lib/action-result's FieldErrors (the core imports nothing from the app). */
type FieldErrors = Record<string, string[]>;

export const REFUSED_MESSAGE = "Not imported: fix these problems in the file and import it again.";

function keyOf(path: string): string {
  if (path === "") return "$";
  return path.startsWith("[") ? `$${path}` : `$.${path}`;
}

function pathOf(key: string): string {
  if (key === "$") return "";
  return key.startsWith("$.") ? key.slice(2) : key.slice(1);
}

/** The refusal as field errors: the form field gets the summary, each path its messages. */
export function problemsToFieldErrors(
  problems: readonly ImportProblem[],
  field = "json",
): FieldErrors {
  const out: FieldErrors = { [field]: [REFUSED_MESSAGE] };
  for (const problem of problems) (out[keyOf(problem.path)] ??= []).push(problem.message);
  return out;
}

export function problemsFromFieldErrors(fieldErrors: FieldErrors): ImportProblem[] {
  return Object.entries(fieldErrors)
    .filter(([key]) => key.startsWith("$"))
    .flatMap(([key, messages]) => messages.map((message) => ({ path: pathOf(key), message })));
}
