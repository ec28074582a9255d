"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { ActionError } from "@/lib/action-result";
import { createTopology, createTopologyFromDocument, renameTopology } from "@/lib/topologies/store";
import { authedAction } from "@/lib/safe-action";
import { stampChecklists } from "@/lib/topology/checklists/stamp-ticks";
import {
  importDocumentText,
  problemsToFieldErrors,
  REFUSED_MESSAGE,
  stillToComplete,
  type ImportSummary,
} from "@/lib/topology/import";
import { topologyKindSchema } from "@/lib/topology/schema/kind-schema";
import { topologyNameSchema } from "@/lib/topology/schema/name";
import { firstStep } from "@/lib/wizard/steps";

export const createTopologyAction = authedAction(
  "createTopology",
  {
    permission: "topology:write",
    schema: z.object({ kind: topologyKindSchema, name: topologyNameSchema }),
  },
  async (input, ctx) => {
    const id = await createTopology(ctx, input);
    revalidatePath("/topologies");
    // A new topology is empty: the wizard's first step is where there is something to do.
    return { id, href: `/topologies/${id}/wizard/${firstStep(input.kind)}` };
  },
);

/**
 * A new topology from a topology file (kind and name from the file). Refused whole when the
 * file has any problem; saved as a draft when only the wizard's checks still fail.
 */
export const importTopologyFileAction = authedAction(
  "importTopologyFile",
  {
    permission: "topology:write",
    schema: z.object({
      // Not trimmed: syntax errors give line and column in the text as the admin has it.
      json: z.string().refine((text) => text.trim() !== "", "Choose a topology file."),
      fileName: z.string().trim().max(255).default(""),
    }),
  },
  async (input, ctx): Promise<{ id: string; name: string } & ImportSummary> => {
    const imported = importDocumentText(input.json, { requireName: true });
    if (!imported.ok) {
      throw new ActionError(
        REFUSED_MESSAGE,
        "INVALID_INPUT",
        problemsToFieldErrors(imported.problems),
      );
    }
    const { document, migratedFrom } = imported;
    // requireName refused a file without one; the check only narrows the type.
    if (!document.name) throw new Error("An accepted import has no name.");
    // A file's "done by … at …" is only a claim: every tick it carries is the importer's, now.
    const stamped = stampChecklists(undefined, document, ctx.userName, new Date());
    const created = await createTopologyFromDocument(ctx, {
      document: { ...stamped, name: document.name },
      fileName: input.fileName || null,
      ...(migratedFrom === undefined ? {} : { migratedFrom }),
    });
    revalidatePath("/topologies");
    const notices: string[] = [];
    if (created.name !== document.name) {
      notices.push(
        `A topology named “${document.name}” already exists in this workspace, so this one is named “${created.name}”.`,
      );
    }
    if (created.prefix !== document.prefix) {
      notices.push(
        `The object-name prefix “${document.prefix}” is used by another topology of this workspace, so this one uses “${created.prefix}”: the two never manage the same NetScaler objects.`,
      );
    }
    return {
      id: created.id,
      name: created.name,
      ...(migratedFrom === undefined ? {} : { migratedFrom }),
      notices,
      toComplete: stillToComplete({ ...document, name: created.name, prefix: created.prefix }),
    };
  },
);

export const renameTopologyAction = authedAction(
  "renameTopology",
  {
    permission: "topology:write",
    schema: z.object({
      id: uuidSchema("Unknown topology."),
      name: topologyNameSchema,
      expectedVersion: z.coerce.number().int().min(1),
    }),
  },
  async (input, ctx) => {
    const result = await renameTopology(ctx, input);
    revalidatePath("/topologies");
    revalidatePath(`/topologies/${input.id}`);
    return result;
  },
);
