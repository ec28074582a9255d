"use server";

import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { ActionError } from "@/lib/action-result";
import { applianceInputSchema, baseUrlSchema } from "@/lib/appliances/schema";
import { connectionFromInput, getApplianceConnection } from "@/lib/appliances/store";
import { fetchPeerCertificateFingerprint, isNitroError, testConnection } from "@/lib/nitro";
import { authedAction } from "@/lib/safe-action";

/**
 * Tests a saved appliance with its stored credentials. appliance:manage, not :read: it signs in
 * to the NetScaler with the stored administrator account, which is for whoever manages it.
 */
export const testApplianceAction = authedAction(
  "testAppliance",
  { permission: "appliance:manage", schema: z.object({ id: uuidSchema("Unknown appliance.") }) },
  async ({ id }, ctx) => testConnection(await getApplianceConnection(ctx.workspaceId, id)),
);

/** Tests what is in the form before saving; a blank password on edit uses the stored one. */
export const testApplianceInputAction = authedAction(
  "testApplianceInput",
  {
    permission: "appliance:manage",
    schema: z.intersection(
      z.object({ id: z.union([uuidSchema(), z.literal("")]).default("") }),
      applianceInputSchema,
    ),
  },
  async ({ id, ...input }, ctx) =>
    testConnection(await connectionFromInput(ctx.workspaceId, input, id || undefined)),
);

/** Shows the certificate an address presents, so the admin can choose to pin it. */
export const fetchFingerprintAction = authedAction(
  "fetchFingerprint",
  {
    permission: "appliance:manage",
    schema: z.object({ baseUrl: baseUrlSchema }),
  },
  async ({ baseUrl }) => {
    try {
      return await fetchPeerCertificateFingerprint(baseUrl);
    } catch (error) {
      if (!isNitroError(error)) throw error;
      throw new ActionError(error.message, "FAILED", { baseUrl: [error.message] });
    }
  },
);
