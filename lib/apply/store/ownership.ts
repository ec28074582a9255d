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
  // One statement per kind of row, not one upsert per object: a stage's write-ahead records
  // sit between two NITRO round trips, so their cost is paid on every apply.
  const keepAdopted = objects.filter((object) => object.adopted === undefined);
  const setAdopted = objects.filter((object) => object.adopted !== undefined);
  await Promise.all([
    upsertOwned(topologyId, applianceId, runId, keepAdopted, false),
    upsertOwned(topologyId, applianceId, runId, setAdopted, true),
  ]);
}

/**
 * Inserts or refreshes ownership rows in one statement (the device key comes from the
 * appliance row, as the trigger would set it). `setAdopted`: an existing row takes the given
 * `adopted`; otherwise it keeps what is recorded (an update does not change who created it).
 */
async function upsertOwned(
  topologyId: string,
  applianceId: string,
  runId: string,
  objects: readonly OwnedObjectInput[],
  setAdopted: boolean,
): Promise<void> {
  if (objects.length === 0) return;
  const rows = JSON.stringify(
    objects.map((object) => ({
      resource: object.resource,
      identityKey: object.identityKey,
      objectId: object.objectId,
      label: object.label,
      identity: object.identity,
      attributes: object.attributes,
      adopted: object.adopted ?? false,
    })),
  );
  const inserted = await getDb().$executeRaw`
    INSERT INTO "applied_objects" ("id", "topologyId", "applianceId", "deviceKey", "resource",
      "identityKey", "objectId", "label", "identity", "attributes", "adopted", "lastRunId",
      "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, ${topologyId}, a."id", a."deviceKey", r."resource",
      r."identityKey", r."objectId", r."label", r."identity", r."attributes", r."adopted",
      ${runId}, now(), now()
    FROM jsonb_to_recordset(${rows}::jsonb) AS r("resource" text, "identityKey" text,
      "objectId" text, "label" text, "identity" jsonb, "attributes" jsonb, "adopted" boolean)
    JOIN "appliances" a ON a."id" = ${applianceId}
    ON CONFLICT ("topologyId", "deviceKey", "identityKey") DO UPDATE SET
      "applianceId" = EXCLUDED."applianceId",
      "resource" = EXCLUDED."resource",
      "objectId" = EXCLUDED."objectId",
      "label" = EXCLUDED."label",
      "identity" = EXCLUDED."identity",
      "attributes" = EXCLUDED."attributes",
      "adopted" = CASE WHEN ${setAdopted} THEN EXCLUDED."adopted" ELSE "applied_objects"."adopted" END,
      "lastRunId" = EXCLUDED."lastRunId",
      "updatedAt" = now()`;
  if (inserted !== objects.length) {
    throw new Error(`Ownership records not saved: appliance ${applianceId} is gone`);
  }
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
