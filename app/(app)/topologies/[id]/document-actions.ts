"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ActionError } from "@/lib/action-result";
import {
  saveTopologyDocument,
  setTopologyAppliance,
  loadTopologyDocument,
} from "@/lib/db/topology-documents";
import { authedAction } from "@/lib/safe-action";
import { importDocumentJson } from "@/lib/topology/export";

const target = { id: z.uuid("Unknown topology."), expectedVersion: z.coerce.number().int().min(1) };

/** Replaces the topology's document with an imported JSON file (validated, kind checked). */
export const importTopologyDocumentAction = authedAction(
  "importTopologyDocument",
  {
    permission: "topology:write",
    schema: z.object({
      ...target,
      json: z.string().trim().min(2, "Paste or choose a topology JSON file."),
    }),
  },
  async (input, ctx) => {
    const current = await loadTopologyDocument(ctx.workspaceId, input.id);
    if (!current) throw new ActionError("This topology no longer exists.", "NOT_FOUND");
    const parsed = importDocumentJson(input.json, current.kind);
    if (!parsed.ok) throw new ActionError(parsed.error, "INVALID_INPUT", { json: [parsed.error] });
    const result = await saveTopologyDocument(ctx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      document: parsed.document,
      auditAction: "topology.imported",
    });
    revalidatePath(`/topologies/${input.id}`);
    return result;
  },
);

export const setTopologyApplianceAction = authedAction(
  "setTopologyAppliance",
  {
    permission: "topology:write",
    schema: z.object({
      ...target,
      applianceId: z.union([z.uuid("Choose an appliance."), z.literal("")]),
    }),
  },
  async (input, ctx) => {
    const result = await setTopologyAppliance(ctx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      applianceId: input.applianceId || null,
    });
    revalidatePath(`/topologies/${input.id}`);
    return result;
  },
);
