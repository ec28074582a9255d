// Field-level diff of topology documents (pure): see compare.ts.
export {
  compareDocuments,
  diffDocuments,
  LABEL_SEPARATOR,
  type ChangeKind,
  type FieldChange,
  type FieldComparison,
} from "./compare";
export { EMPTY_TEXT, NONE_TEXT, NOT_DONE_TEXT } from "./display";
export { groupByStep, type StepGroup } from "./group";
