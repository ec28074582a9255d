"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { uuidSchema } from "@/lib/uuid";
import { deviceNotice } from "@/lib/appliances/device-registered";
import { applianceInputSchema } from "@/lib/appliances/schema";
import { createAppliance, deleteAppliance, updateAppliance } from "@/lib/appliances/store";
import { authedAction } from "@/lib/safe-action";

const idSchema = z.object({ id: uuidSchema("Unknown appliance.") });

export const createApplianceAction = authedAction(
  "createAppliance",
  { permission: "appliance:manage", schema: applianceInputSchema },
  async (input, ctx) => {
    const id = await createAppliance(ctx, input);
    revalidatePath("/appliances");
    return { id, ...(await deviceNotice(id)) };
  },
);

export const updateApplianceAction = authedAction(
  "updateAppliance",
  { permission: "appliance:manage", schema: z.intersection(idSchema, applianceInputSchema) },
  async ({ id, ...input }, ctx) => {
    await updateAppliance(ctx, id, input);
    revalidatePath("/appliances");
    return { id, ...(await deviceNotice(id)) };
  },
);

export const deleteApplianceAction = authedAction(
  "deleteAppliance",
  { permission: "appliance:manage", schema: idSchema },
  async ({ id }, ctx) => {
    await deleteAppliance(ctx, id);
    revalidatePath("/appliances");
    return { id };
  },
);
