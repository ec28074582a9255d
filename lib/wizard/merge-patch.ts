// The server side of an autosave: a step sends only its keys; they replace the same keys of
// the stored document, and the result is parsed with the lenient draft schema, so a
// half-typed value is kept as typed and a value of the wrong type is dropped, never fatal.
import type { TopologyKind } from "@/lib/topology/schema/kinds";
import { topologyDraftSchema, type TopologyDraft } from "@/lib/topology/schema/document";
import type { StepId } from "@/lib/topology/schema/steps";
import { stampChecklists } from "@/lib/topology/checklists/stamp-ticks";
import type { ImportProblem } from "@/lib/topology/import";
import { documentListLimitProblems } from "@/lib/topology/import/list-limits";
import { unstorableTextProblems } from "@/lib/topology/import/unstorable-text";
import { editableKeys } from "./steps";

export type MergeResult =
  | { ok: true; document: TopologyDraft }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export interface MergeInput {
  kind: TopologyKind;
  step: StepId;
  stored: TopologyDraft;
  patch: Record<string, unknown>;
  /** Name stamped on newly ticked checklist items. */
  actorName: string;
  now: Date;
}

/** A refusal that names each problem's path, in the message and as field errors. */
function refused(problems: readonly ImportProblem[]): MergeResult {
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.path] ??= []).push(p.message);
  return {
    ok: false,
    error: problems.map((p) => `${p.path}: ${p.message}`).join(" "),
    fieldErrors,
  };
}

export function mergeStepPatch(input: MergeInput): MergeResult {
  const allowed = editableKeys(input.kind, input.step);
  const foreign = Object.keys(input.patch).filter((key) => !allowed.includes(key));
  if (foreign.length > 0) {
    return {
      ok: false,
      error: `The ${input.step} step cannot change ${foreign.join(", ")}; reload the page and try again.`,
    };
  }
  // The same limits as the import (the schema's .max()), checked before the draft parse walks
  // the rows: the wizard adds one row at a time, so only a forged request gets here.
  const tooLong = documentListLimitProblems(input.kind, input.patch);
  if (tooLong.length > 0) return refused(tooLong);
  // kind, name and schemaVersion come from the stored document: a patch never changes them.
  const merged = {
    ...input.stored,
    ...input.patch,
    kind: input.stored.kind,
    name: input.stored.name,
    schemaVersion: input.stored.schemaVersion,
  };
  const parsed = topologyDraftSchema.safeParse(merged);
  if (!parsed.success) {
    return { ok: false, error: "The saved topology could not be read; reload the page." };
  }
  // Text the database cannot store (a NUL character, half a surrogate pair) is refused by path.
  const unstorable = unstorableTextProblems(parsed.data);
  if (unstorable.length > 0) return refused(unstorable);
  return {
    ok: true,
    document: stampChecklists(input.stored, parsed.data, input.actorName, input.now),
  };
}
