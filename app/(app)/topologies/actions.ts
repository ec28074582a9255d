"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createTopology, renameTopology } from "@/lib/db/topologies";
import { authedAction } from "@/lib/safe-action";
import { topologyKindSchema } from "@/lib/topology/kind-schema";
import { topologyNameSchema } from "@/lib/topology/name";

export const createTopologyAction = authedAction(
  "createTopology",
  {
    permission: "topology:write",
    schema: z.object({ kind: topologyKindSchema, name: topologyNameSchema }),
  },
  async (input, ctx) => {
    const id = await createTopology(ctx, input);
    revalidatePath("/topologies");
    return { id };
  },
);

export const renameTopologyAction = authedAction(
  "renameTopology",
  {
    permission: "topology:write",
    schema: z.object({
      id: z.uuid("Unknown topology."),
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
