"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { ActionError } from "@/lib/action-result";
import { loadCompiledTopology } from "@/lib/review/compiled-topology";
import { openWarnings } from "@/lib/review/open-warnings";
import { startApply, startResume, startRollback } from "@/lib/review/start-apply";
import { authedAction } from "@/lib/safe-action";

const adoptSchema = z.array(z.string().min(1)).max(500).default([]);
const reviewedHashSchema = z.string().min(1, "Plan first, then apply what you reviewed.");

export const applyTopologyAction = authedAction(
  "applyTopology",
  {
    permission: "topology:apply",
    schema: z.object({
      topologyId: uuidSchema("Unknown topology."),
      adopt: adoptSchema,
      confirmReplace: z.boolean().default(false),
      saveConfig: z.boolean().default(true),
      expectedPlanHash: reviewedHashSchema,
      // How many open warnings the admin ticked as read on Review; fewer than are open now
      // (one appeared since, or none were acknowledged) refuses the apply.
      acknowledgedWarnings: z.number().int().min(0).max(10_000).default(0),
    }),
  },
  async (input, ctx) => {
    const { document, ...compiled } = await loadCompiledTopology(ctx.workspaceId, input.topologyId);
    const warnings = await openWarnings(ctx.workspaceId, document, compiled.applianceId);
    if (warnings.length > input.acknowledgedWarnings) {
      throw new ActionError(
        `This topology has ${warnings.length} open warning(s). Read them on Review and confirm before applying.`,
        "INVALID_INPUT",
      );
    }
    const runId = await startApply({
      workspaceId: ctx.workspaceId,
      actorId: ctx.userId,
      origin: { clientAddress: ctx.clientAddress },
      ...compiled,
      options: {
        adopt: input.adopt,
        confirmReplace: input.confirmReplace,
        saveConfig: input.saveConfig,
        expectedPlanHash: input.expectedPlanHash,
      },
    });
    revalidatePath(`/topologies/${input.topologyId}`);
    return { runId };
  },
);

const runSchema = z.object({
  topologyId: uuidSchema("Unknown topology."),
  runId: uuidSchema("Unknown apply run."),
});

// A resume is an apply of the plan the admin has just reviewed for the interrupted run, with
// the choices confirmed now: the hash is required and nothing is taken from the old run.
export const resumeApplyRunAction = authedAction(
  "resumeApplyRun",
  {
    permission: "topology:apply",
    schema: runSchema.extend({
      adopt: adoptSchema,
      confirmReplace: z.boolean().default(false),
      saveConfig: z.boolean().default(true),
      expectedPlanHash: reviewedHashSchema,
    }),
  },
  async (input, ctx) => {
    const compiled = await loadCompiledTopology(ctx.workspaceId, input.topologyId);
    const runId = await startResume({
      workspaceId: ctx.workspaceId,
      runId: input.runId,
      topologyId: input.topologyId,
      applianceId: compiled.applianceId,
      actorId: ctx.userId,
      origin: { clientAddress: ctx.clientAddress },
      desired: compiled.desired,
      expectedPlanHash: input.expectedPlanHash,
      options: {
        adopt: input.adopt,
        confirmReplace: input.confirmReplace,
        saveConfig: input.saveConfig,
      },
    });
    revalidatePath(`/topologies/${input.topologyId}`);
    return { runId };
  },
);

export const rollbackApplyRunAction = authedAction(
  "rollbackApplyRun",
  { permission: "topology:apply", schema: runSchema },
  async (input, ctx) => {
    const runId = await startRollback({
      workspaceId: ctx.workspaceId,
      runId: input.runId,
      topologyId: input.topologyId,
      actorId: ctx.userId,
      origin: { clientAddress: ctx.clientAddress },
    });
    revalidatePath(`/topologies/${input.topologyId}`);
    return { runId };
  },
);
