// What the server works out for the wizard from a draft: the document's issues (field syntax,
// cross-field rules, names the chosen database would refuse) and, for IGEL, the database
// create script once the Database step is valid. Both need the zod schemas, which stay off the
// browser: the wizard layout sends them with the page and the check action answers edits.
import { databaseScript, databaseScriptWarnings } from "@/lib/topology/database-script";
import type { TopologyDraft } from "@/lib/topology/schema/document";
import { stepSchemas } from "@/lib/topology/schema/steps";
import { IssueCollector, type ValidationResult } from "@/lib/topology/validate/issues";
import { validateDocument } from "@/lib/topology/validate/validate-document";
import { shownChecklists, type ShownChecklists } from "./shown-checklists";

export interface DatabaseScriptView {
  text: string;
  fileName: string;
  notes: string[];
}

export interface DraftChecks {
  validation: ValidationResult;
  /** IGEL only: the create script for the database as entered; null until that step is valid. */
  databaseScript: DatabaseScriptView | null;
  /** The checklist items this draft shows, for the stepper's "n of m done". */
  checklists: ShownChecklists;
}

function parsedDatabase(doc: TopologyDraft) {
  if (doc.kind !== "IGEL_UMS") return null;
  const parsed = stepSchemas.IGEL_UMS.database.safeParse(doc);
  return parsed.success ? parsed.data.database : null;
}

export function validateDraftDocument(doc: TopologyDraft): ValidationResult {
  const out = new IssueCollector();
  const own = validateDocument(doc);
  out.addAll({ errors: own.errors, warnings: own.warnings });
  const database = parsedDatabase(doc);
  if (database) {
    for (const issue of databaseScriptWarnings(database)) out.warning(issue.path, issue.message);
  }
  return out.result();
}

export function checkDraft(doc: TopologyDraft): DraftChecks {
  const database = parsedDatabase(doc);
  const script =
    database && doc.kind === "IGEL_UMS"
      ? databaseScript(database, { serverCount: doc.servers?.length })
      : null;
  return {
    validation: validateDraftDocument(doc),
    checklists: shownChecklists(doc),
    databaseScript: script
      ? { text: script.text, fileName: script.fileName, notes: [...script.notes] }
      : null,
  };
}
