"use server";

import { revalidatePath } from "next/cache";
import { applianceGrantSchema, setEditorsManageAppliances } from "@/lib/auth/appliance-grant";
import { authedAction } from "@/lib/safe-action";

/** Lets editors manage appliances (their NetScaler credentials), or reserves that to owners. */
export const setApplianceAccessAction = authedAction(
  "setApplianceAccess",
  { permission: "workspace:appliance-access", schema: applianceGrantSchema },
  async ({ editors }, ctx) => {
    const result = await setEditorsManageAppliances(ctx, editors === "on");
    // The appliance pages show or hide their add, edit and test controls by this setting.
    if (result.changed) revalidatePath("/", "layout");
    return result;
  },
);
