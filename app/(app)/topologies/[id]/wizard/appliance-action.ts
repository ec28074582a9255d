"use server";

// Chooses the appliance from inside the wizard. Same optimistic lock as the autosave, so the
// browser's version stays in step with both.
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { setTopologyAppliance } from "@/lib/topologies/documents";
import { authedAction } from "@/lib/safe-action";

export const chooseWizardApplianceAction = authedAction(
  "chooseWizardAppliance",
  {
    permission: "topology:write",
    schema: z.object({
      topologyId: uuidSchema("Unknown topology."),
      expectedVersion: z.number().int().min(1),
      applianceId: z.union([uuidSchema("Choose an appliance."), z.literal("")]),
    }),
  },
  async (input, ctx) =>
    setTopologyAppliance(ctx, {
      id: input.topologyId,
      expectedVersion: input.expectedVersion,
      applianceId: input.applianceId || null,
    }),
);
