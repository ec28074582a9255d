"use server";

import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { applianceInputSchema, baseUrlSchema } from "@/lib/appliances/schema";
import {
  fetchApplianceCertificate,
  testApplianceInput,
  testStoredAppliance,
} from "@/lib/appliances/connection-checks";
import { authedAction } from "@/lib/safe-action";

/**
 * Tests a saved appliance with its stored credentials. appliance:manage, not :read: it signs in
 * to the NetScaler with the stored administrator account, which is for whoever manages it.
 */
export const testApplianceAction = authedAction(
  "testAppliance",
  { permission: "appliance:manage", schema: z.object({ id: uuidSchema("Unknown appliance.") }) },
  async ({ id }, ctx) => testStoredAppliance(ctx, id),
);

/** Tests what is in the form before saving; a blank password tests the appliance as stored. */
export const testApplianceInputAction = authedAction(
  "testApplianceInput",
  {
    permission: "appliance:manage",
    schema: z.intersection(
      z.object({ id: z.union([uuidSchema(), z.literal("")]).default("") }),
      applianceInputSchema,
    ),
  },
  async ({ id, ...input }, ctx) => testApplianceInput(ctx, input, id || undefined),
);

/** Shows the certificate an address presents, so the admin can choose to pin it. */
export const fetchFingerprintAction = authedAction(
  "fetchFingerprint",
  {
    permission: "appliance:manage",
    schema: z.object({ baseUrl: baseUrlSchema }),
  },
  async ({ baseUrl }, ctx) => fetchApplianceCertificate(ctx, baseUrl),
);
