"use server";

// Remembers the step an admin opened, so /wizard resumes there. Not an edit: no new version.
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { recordWizardVisit } from "@/lib/topologies/wizard-progress";
import { authedAction } from "@/lib/safe-action";

export const recordWizardVisitAction = authedAction(
  "recordWizardVisit",
  {
    permission: "topology:write",
    schema: z.object({
      topologyId: uuidSchema("Unknown topology."),
      step: z.string().regex(/^[a-z-]{1,40}$/, "Unknown wizard step."),
    }),
  },
  async (input, ctx) => {
    await recordWizardVisit(ctx, { id: input.topologyId, step: input.step });
    return { recorded: true };
  },
);
