"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { restoreRevision } from "@/lib/topologies/revisions";
import { authedAction } from "@/lib/safe-action";

/** Makes an earlier revision the current draft (itself saved as the newest revision). */
export const restoreRevisionAction = authedAction(
  "restoreRevision",
  {
    permission: "topology:write",
    schema: z.object({
      id: uuidSchema("Unknown topology."),
      revision: z.coerce.number().int().min(1, "Choose a saved version."),
      expectedVersion: z.coerce.number().int().min(1),
    }),
  },
  async (input, ctx) => {
    const result = await restoreRevision(ctx, input);
    revalidatePath(`/topologies/${input.id}`, "layout");
    return { version: result.version, fromVersion: input.revision };
  },
);
