// Which NITRO objects a topology created (or adopted) on an appliance. The planner deletes
// only these; any other live object with a wanted identity is a conflict. Records are keyed on
// the device (the appliance row's deviceKey), not the row: another row for the same NetScaler,
// in this workspace or another, sees the same owners.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deviceKeyOf } from "./device";

/** What a plan says owns an object of a topology in another workspace: never its id. */
export const OWNED_IN_ANOTHER_WORKSPACE = "another-workspace";

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
  const deviceKey = await deviceKeyOf(applianceId);
  return getDb().appliedObject.findMany({
    where: { topologyId, deviceKey },
    orderBy: { identityKey: "asc" },
    select,
  });
}

/**
 * identityKey → owner, for objects other topologies own on this device: the topology id when
 * it is in the same workspace, else OWNED_IN_ANOTHER_WORKSPACE (nothing of theirs is shown).
 */
export async function listOwnedElsewhere(
  topologyId: string,
  applianceId: string,
): Promise<Map<string, string>> {
  const db = getDb();
  const [deviceKey, own] = await Promise.all([
    deviceKeyOf(applianceId),
    db.topology.findUnique({ where: { id: topologyId }, select: { workspaceId: true } }),
  ]);
  const rows = await db.appliedObject.findMany({
    where: { deviceKey, NOT: { topologyId } },
    select: { identityKey: true, topologyId: true, topology: { select: { workspaceId: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.identityKey,
      row.topology.workspaceId === own?.workspaceId ? row.topologyId : OWNED_IN_ANOTHER_WORKSPACE,
    ]),
  );
}

export async function saveOwned(
  topologyId: string,
  applianceId: string,
  runId: string,
  objects: readonly OwnedObjectInput[],
): Promise<void> {
  if (objects.length === 0) return;
  const db = getDb();
  const deviceKey = await deviceKeyOf(applianceId);
  await db.$transaction(
    objects.map((object) =>
      db.appliedObject.upsert({
        where: {
          topologyId_deviceKey_identityKey: {
            topologyId,
            deviceKey,
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
        update: { ...object, applianceId, lastRunId: runId },
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
  const deviceKey = await deviceKeyOf(applianceId);
  await getDb().appliedObject.deleteMany({
    where: { topologyId, deviceKey, identityKey: { in: [...identityKeys] } },
  });
}
