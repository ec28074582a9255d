// One entry point for the wizard and Review: field syntax (the full schemas) plus cross-field
// rules, as separate error and warning lists.
import type { TopologyKind } from "../schema/kinds";
import { topologyFieldsSchema, type TopologyDocument } from "../schema/document";
import { parseDocument, type DocumentFallback } from "../schema/migrate";
import { stepKeys, type StepId } from "../schema/steps";
import { fromZodIssues, IssueCollector, type Issue, type ValidationResult } from "./issues";
import { crossFieldRules } from "./rules";

export interface DocumentValidation extends ValidationResult {
  /** The document, typed as complete, when there are no errors. */
  document?: TopologyDocument;
}

export function validateDocument(input: unknown, fallback?: DocumentFallback): DocumentValidation {
  const parsed = parseDocument(input, fallback);
  if (!parsed.ok) return { errors: [{ path: "", message: parsed.error }], warnings: [] };
  const out = new IssueCollector();
  const fields = topologyFieldsSchema.safeParse(parsed.document);
  if (!fields.success) {
    for (const issue of fromZodIssues(fields.error.issues)) out.error(issue.path, issue.message);
  }
  out.addAll(crossFieldRules(parsed.document));
  const result = out.result();
  return fields.success && result.errors.length === 0
    ? { ...result, document: fields.data }
    : result;
}

function inStep(keys: readonly string[], issue: Issue): boolean {
  const head = issue.path.split(".")[0] ?? "";
  return keys.includes(head);
}

/** The issues one wizard step should show (those under the keys the step edits). */
export function validateStep(kind: TopologyKind, step: StepId, input: unknown): ValidationResult {
  const keys = stepKeys(kind, step);
  const all = validateDocument(input, { kind });
  return {
    errors: all.errors.filter((issue) => inStep(keys, issue)),
    warnings: all.warnings.filter((issue) => inStep(keys, issue)),
  };
}
