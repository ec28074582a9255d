// The browser's half of the wizard's validation: the server checks the document (see
// draft-checks.ts, answered through the check action), and the chosen appliance's facts are
// compared here, at once, without zod, so this module stays light enough for every step page.
import type { TopologyDraft } from "@/lib/topology/schema/document";
import { validateAgainstAppliance, type ApplianceFacts } from "@/lib/topology/validate/appliance";
import { IssueCollector, type ValidationResult } from "@/lib/topology/validate/issues";

/** The document's own issues plus, once facts are read, what clashes with the appliance. */
export function withApplianceChecks(
  own: ValidationResult,
  doc: TopologyDraft,
  facts?: ApplianceFacts,
): ValidationResult {
  if (!facts) return own;
  const out = new IssueCollector();
  out.addAll(own);
  out.addAll(validateAgainstAppliance(doc, facts));
  return out.result();
}
