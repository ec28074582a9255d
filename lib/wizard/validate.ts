// Everything the wizard checks, in one result: the document on its own (field syntax and
// cross-field rules), names the chosen database would refuse, and, once an appliance's facts
// are read, what clashes with the appliance.
import { databaseScriptWarnings } from "@/lib/topology/database-script";
import type { TopologyDraft } from "@/lib/topology/schema/document";
import { stepSchemas } from "@/lib/topology/schema/steps";
import { validateAgainstAppliance, type ApplianceFacts } from "@/lib/topology/validate/appliance";
import { IssueCollector, type ValidationResult } from "@/lib/topology/validate/issues";
import { validateDocument } from "@/lib/topology/validate/validate-document";

export function validateWizard(doc: TopologyDraft, facts?: ApplianceFacts): ValidationResult {
  const out = new IssueCollector();
  const own = validateDocument(doc);
  out.addAll({ errors: own.errors, warnings: own.warnings });
  if (doc.kind === "IGEL_UMS") {
    const database = stepSchemas.IGEL_UMS.database.safeParse(doc);
    if (database.success) {
      for (const issue of databaseScriptWarnings(database.data.database)) {
        out.warning(issue.path, issue.message);
      }
    }
  }
  if (facts) out.addAll(validateAgainstAppliance(doc, facts));
  return out.result();
}
