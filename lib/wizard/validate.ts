// Everything the wizard checks, in one result: the document on its own (field syntax and
// cross-field rules), names the chosen database would refuse, and, once an appliance's facts
// are read, what clashes with the appliance. The first two need the zod schemas, so the
// browser gets them from the server (draft-checks.ts); the last runs in the browser.
import type { TopologyDraft } from "@/lib/topology/schema/document";
import type { ApplianceFacts } from "@/lib/topology/validate/appliance";
import type { ValidationResult } from "@/lib/topology/validate/issues";
import { withApplianceChecks } from "./appliance-checks";
import { validateDraftDocument } from "./draft-checks";

export function validateWizard(doc: TopologyDraft, facts?: ApplianceFacts): ValidationResult {
  return withApplianceChecks(validateDraftDocument(doc), doc, facts);
}
