"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { rollbackApplyRun, resumeApplyRun } from "@/lib/apply";
import { loadCompiledTopology } from "@/lib/review/compiled-topology";
import { startApply } from "@/lib/review/start-apply";
import { authedAction } from "@/lib/safe-action";

const adoptSchema = z.array(z.string().min(1)).max(500).default([]);

export const applyTopologyAction = authedAction(
  "applyTopology",
  {
    permission: "topology:apply",
    schema: z.object({
      topologyId: uuidSchema("Unknown topology."),
      adopt: adoptSchema,
      confirmReplace: z.boolean().default(false),
      saveConfig: z.boolean().default(true),
      expectedPlanHash: z.string().min(1, "Plan first, then apply what you reviewed."),
    }),
  },
  async (input, ctx) => {
    const compiled = await loadCompiledTopology(ctx.workspaceId, input.topologyId);
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

export const resumeApplyRunAction = authedAction(
  "resumeApplyRun",
  { permission: "topology:apply", schema: runSchema },
  async (input, ctx) => {
    const compiled = await loadCompiledTopology(ctx.workspaceId, input.topologyId);
    const run = await resumeApplyRun({
      workspaceId: ctx.workspaceId,
      runId: input.runId,
      topologyId: input.topologyId,
      actorId: ctx.userId,
      origin: { clientAddress: ctx.clientAddress },
      desired: compiled.desired,
    });
    return { runId: run.id };
  },
);

export const rollbackApplyRunAction = authedAction(
  "rollbackApplyRun",
  { permission: "topology:apply", schema: runSchema },
  async (input, ctx) => {
    const run = await rollbackApplyRun({
      workspaceId: ctx.workspaceId,
      runId: input.runId,
      topologyId: input.topologyId,
      actorId: ctx.userId,
      origin: { clientAddress: ctx.clientAddress },
    });
    return { runId: run.id };
  },
);
