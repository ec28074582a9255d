// What the wizard will still ask for after an import: full validation's errors and warnings,
// with paths in the file's notation. Reported, never a reason to refuse (a draft may be partial).
import type { TopologyDraft } from "../schema/document";
import { validateDocument } from "../validate/validate-document";
import { fromDottedPath } from "./json-path";
import type { StillToComplete } from "./types";

export function stillToComplete(document: TopologyDraft): StillToComplete {
  const result = validateDocument(document);
  const located = (issue: { path: string; message: string }) => ({
    path: fromDottedPath(issue.path),
    message: issue.message,
  });
  return { errors: result.errors.map(located), warnings: result.warnings.map(located) };
}
