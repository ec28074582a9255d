"use server";

// The wizard's one autosave: a step's keys, merged into the stored document and saved against
// the version the browser last saw. A stale version is a CONFLICT; nothing is overwritten.
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { ActionError } from "@/lib/action-result";
import { loadTopologyDocument, saveTopologyDocument } from "@/lib/topologies/documents";
import { authedAction } from "@/lib/safe-action";
import { mergeStepPatch } from "@/lib/wizard/merge-patch";
import { asStepId } from "@/lib/wizard/steps";

const conflictMessage =
  "Changed by someone else meanwhile: reload to see their version, or compare.";

export const saveWizardStepAction = authedAction(
  "saveWizardStep",
  {
    permission: "topology:write",
    schema: z.object({
      topologyId: uuidSchema("Unknown topology."),
      expectedVersion: z.number().int().min(1),
      step: z.string().min(1).max(40),
      patch: z.record(z.string(), z.unknown()),
    }),
  },
  async (input, ctx) => {
    const current = await loadTopologyDocument(ctx.workspaceId, input.topologyId);
    if (!current) throw new ActionError("This topology no longer exists.", "NOT_FOUND");
    if (current.unreadable) {
      throw new ActionError(
        `The stored topology could not be read (${current.unreadable}); it was left as it is.`,
        "FAILED",
      );
    }
    const step = asStepId(current.kind, input.step);
    if (!step) throw new ActionError(`Unknown wizard step "${input.step}".`, "INVALID_INPUT");
    // Checked again inside the save's transaction; this just avoids merging for nothing.
    if (current.version !== input.expectedVersion)
      throw new ActionError(conflictMessage, "CONFLICT");
    const merged = mergeStepPatch({
      kind: current.kind,
      step,
      stored: current.document,
      patch: input.patch,
      actorName: ctx.userName,
      now: new Date(),
    });
    if (!merged.ok) throw new ActionError(merged.error, "INVALID_INPUT", merged.fieldErrors);
    return saveTopologyDocument(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      document: merged.document,
      step,
    });
  },
);
