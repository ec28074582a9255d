"use server";

// Create and revoke read-only share links (topology:share: owners and editors). Every lookup
// is scoped to the caller's workspace inside lib/share/store.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { createShareLink, revokeShareLink } from "@/lib/share/store";
import { authedAction } from "@/lib/safe-action";
import { expiresInSchema } from "@/lib/share/expiry";

const createSchema = z.object({
  topologyId: uuidSchema("Unknown topology."),
  label: z.string().trim().max(80, "Use at most 80 characters.").default(""),
  expiresIn: expiresInSchema,
  // A checkbox sends "on" when ticked and nothing when not; tests may send a boolean.
  showAddresses: z.union([z.boolean(), z.stringbool()]).default(false),
});

export const createShareLinkAction = authedAction(
  "createShareLink",
  { permission: "topology:share", schema: createSchema },
  async (input, ctx) => {
    const link = await createShareLink(ctx, {
      topologyId: input.topologyId,
      label: input.label,
      expiresInMinutes: input.expiresIn,
      showAddresses: input.showAddresses,
    });
    revalidatePath(`/topologies/${input.topologyId}/share`);
    // The token leaves the server this once; only its hash is stored.
    return { id: link.id, token: link.token, expiresAt: link.expiresAt?.toISOString() ?? null };
  },
);

export const revokeShareLinkAction = authedAction(
  "revokeShareLink",
  { permission: "topology:share", schema: z.object({ id: uuidSchema("Unknown link.") }) },
  async (input, ctx) => {
    const { topologyId, revokedAt } = await revokeShareLink(ctx, input);
    revalidatePath(`/topologies/${topologyId}/share`);
    return { revokedAt: revokedAt.toISOString() };
  },
);
