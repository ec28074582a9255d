"use server";

// The list's row actions: duplicate, archive, restore (create and rename are in actions.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { archiveTopology, duplicateTopology, restoreTopology } from "@/lib/topologies/lifecycle";
import { authedAction } from "@/lib/safe-action";

const target = z.object({ id: uuidSchema("Unknown topology.") });

export const duplicateTopologyAction = authedAction(
  "duplicateTopology",
  { permission: "topology:write", schema: target },
  async (input, ctx) => {
    const copy = await duplicateTopology(ctx, input);
    revalidatePath("/topologies");
    return copy;
  },
);

export const archiveTopologyAction = authedAction(
  "archiveTopology",
  { permission: "topology:write", schema: target },
  async (input, ctx) => {
    const result = await archiveTopology(ctx, input);
    revalidatePath("/topologies");
    revalidatePath(`/topologies/${input.id}`);
    return result;
  },
);

export const restoreTopologyAction = authedAction(
  "restoreTopology",
  { permission: "topology:write", schema: target },
  async (input, ctx) => {
    const result = await restoreTopology(ctx, input);
    revalidatePath("/topologies");
    revalidatePath(`/topologies/${input.id}`);
    return result;
  },
);
