"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { ActionError } from "@/lib/action-result";
import {
  saveTopologyDocument,
  setTopologyAppliance,
  loadTopologyDocument,
} from "@/lib/topologies/documents";
import { authedAction } from "@/lib/safe-action";
import { stampChecklists } from "@/lib/topology/checklists/stamp-ticks";
import {
  importDocumentText,
  problemsToFieldErrors,
  REFUSED_MESSAGE,
  stillToComplete,
  type ImportSummary,
} from "@/lib/topology/import";

const target = {
  id: uuidSchema("Unknown topology."),
  expectedVersion: z.coerce.number().int().min(1),
};

/**
 * Replaces the topology's document with an imported JSON file. A file with any problem (syntax,
 * secret, a value the app would drop, another kind) is refused whole, with every problem; what
 * the wizard still needs is reported but saved as a draft.
 */
export const importTopologyDocumentAction = authedAction(
  "importTopologyDocument",
  {
    permission: "topology:write",
    schema: z.object({
      ...target,
      // Not trimmed: syntax errors give line and column in the text as the admin has it.
      json: z
        .string()
        .refine((text) => text.trim() !== "", "Paste or choose a topology JSON file."),
      fileName: z.string().trim().max(255).default(""),
    }),
  },
  async (input, ctx): Promise<{ version: number } & ImportSummary> => {
    // Looked up first, so another workspace's id fails exactly like an unknown one.
    const current = await loadTopologyDocument(ctx.workspaceId, input.id);
    if (!current) throw new ActionError("This topology no longer exists.", "NOT_FOUND");
    const imported = importDocumentText(input.json, { expectedKind: current.kind });
    if (!imported.ok) {
      throw new ActionError(
        REFUSED_MESSAGE,
        "INVALID_INPUT",
        problemsToFieldErrors(imported.problems),
      );
    }
    const { migratedFrom } = imported;
    const result = await saveTopologyDocument(ctx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      // A file's "done by … at …" is only a claim: a tick it adds is the importer's, now; a tick
      // this topology already had keeps the stamp this server stored.
      document: stampChecklists(current.document, imported.document, ctx.userName, new Date()),
      auditAction: "topology.imported",
      auditDetail: (version) => ({
        version,
        fileName: input.fileName || null,
        ...(migratedFrom === undefined ? {} : { migratedFrom }),
      }),
    });
    revalidatePath(`/topologies/${input.id}`);
    const fileName = imported.document.name;
    // The row's name wins (rename changes it), so a different name in the file is not used.
    const notices =
      fileName && fileName !== current.name
        ? [
            `The topology keeps its name “${current.name}”; the file’s name “${fileName}” is not used.`,
          ]
        : [];
    return {
      version: result.version,
      ...(migratedFrom === undefined ? {} : { migratedFrom }),
      notices,
      toComplete: stillToComplete({ ...imported.document, name: current.name }),
    };
  },
);

export const setTopologyApplianceAction = authedAction(
  "setTopologyAppliance",
  {
    permission: "topology:write",
    schema: z.object({
      ...target,
      applianceId: z.union([uuidSchema("Choose an appliance."), z.literal("")]),
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
