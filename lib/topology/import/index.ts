export { formatPath, fromDottedPath } from "./json-path";
export {
  importDocumentText,
  importDocumentValue,
  problemLines,
  type ImportOptions,
} from "./import-document";
export { documentListLimitProblems, tooLongMessage } from "./list-limits";
export { byteLength, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL, tooLargeMessage } from "./limits";
export { problemsFromFieldErrors, problemsToFieldErrors, REFUSED_MESSAGE } from "./problem-fields";
export { stillToComplete } from "./still-to-complete";
export type { ImportProblem, ImportResult, ImportSummary, StillToComplete } from "./types";
