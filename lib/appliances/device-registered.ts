// Whether the NetScaler behind an appliance row is also behind another row, in this workspace
// or any other (same device key: normalised host, port and partition). Adding such a row is
// allowed: applies through either wait for each other and each topology keeps its own objects
// (lib/apply keys its lock and ownership on the device); the user is told, with nothing about
// the other row or its workspace.
import { getDb } from "@/lib/db/client";

export const DEVICE_ALREADY_REGISTERED =
  "This NetScaler is already registered. Applies to it through another entry wait for each other, and objects another topology applied there stay that topology's.";

export async function deviceAlreadyRegistered(applianceId: string): Promise<boolean> {
  const db = getDb();
  const row = await db.appliance.findUnique({
    where: { id: applianceId },
    select: { deviceKey: true },
  });
  if (!row) return false;
  const other = await db.appliance.findFirst({
    where: { deviceKey: row.deviceKey, NOT: { id: applianceId } },
    select: { id: true },
  });
  return other !== null;
}

/** The notice a create or edit answers with when the device is registered elsewhere too. */
export async function deviceNotice(applianceId: string): Promise<{ notice?: string }> {
  return (await deviceAlreadyRegistered(applianceId)) ? { notice: DEVICE_ALREADY_REGISTERED } : {};
}
