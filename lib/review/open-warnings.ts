// Server only: every warning the wizard's steps show for a complete topology, the appliance's
// included (a SNIP the NetScaler does not have). Review lists these and Apply needs them
// acknowledged, so both count the same set the steps do (validateWizard).
import "server-only";
import type { TopologyDocument } from "@/lib/topology/schema";
import type { Issue } from "@/lib/topology/validate";
import { readApplianceFacts } from "@/lib/wizard/read-appliance-facts";
import { validateWizard } from "@/lib/wizard/validate";

export async function openWarnings(
  workspaceId: string,
  document: TopologyDocument,
  applianceId: string | null,
): Promise<Issue[]> {
  // An appliance that cannot be read adds no warnings; the plan then reports it unreachable.
  const read = applianceId ? await readApplianceFacts(workspaceId, applianceId) : null;
  const facts = read?.state === "ok" ? read.facts : undefined;
  return validateWizard(document, facts).warnings;
}
