// Which NITRO objects a topology created (or adopted) on an appliance. The planner deletes
// only these; any other live object with a wanted identity is a conflict.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface OwnedObjectRecord {
  identityKey: string;
  objectId: string;
  resource: string;
  label: string;
  identity: unknown;
  attributes: unknown;
  adopted: boolean;
}

export interface OwnedObjectInput {
  identityKey: string;
  objectId: string;
  resource: string;
  label: string;
  identity: Prisma.InputJsonObject;
  attributes: Prisma.InputJsonObject;
  /** Left out: keep what is recorded (an update does not change who created the object). */
  adopted?: boolean;
}

const select = {
  identityKey: true,
  objectId: true,
  resource: true,
  label: true,
  identity: true,
  attributes: true,
  adopted: true,
} as const;

export async function listOwned(
  topologyId: string,
  applianceId: string,
): Promise<OwnedObjectRecord[]> {
  return getDb().appliedObject.findMany({
    where: { topologyId, applianceId },
    orderBy: { identityKey: "asc" },
    select,
  });
}

/** identityKey → topology id, for objects other topologies own on this appliance. */
export async function listOwnedElsewhere(
  topologyId: string,
  applianceId: string,
): Promise<Map<string, string>> {
  const rows = await getDb().appliedObject.findMany({
    where: { applianceId, NOT: { topologyId } },
    select: { identityKey: true, topologyId: true },
  });
  return new Map(rows.map((row) => [row.identityKey, row.topologyId]));
}

export async function saveOwned(
  topologyId: string,
  applianceId: string,
  runId: string,
  objects: readonly OwnedObjectInput[],
): Promise<void> {
  if (objects.length === 0) return;
  const db = getDb();
  await db.$transaction(
    objects.map((object) =>
      db.appliedObject.upsert({
        where: {
          topologyId_applianceId_identityKey: {
            topologyId,
            applianceId,
            identityKey: object.identityKey,
          },
        },
        create: {
          ...object,
          adopted: object.adopted ?? false,
          topologyId,
          applianceId,
          lastRunId: runId,
        },
        update: { ...object, lastRunId: runId },
      }),
    ),
  );
}

export async function removeOwned(
  topologyId: string,
  applianceId: string,
  identityKeys: readonly string[],
): Promise<void> {
  if (identityKeys.length === 0) return;
  await getDb().appliedObject.deleteMany({
    where: { topologyId, applianceId, identityKey: { in: [...identityKeys] } },
  });
}
