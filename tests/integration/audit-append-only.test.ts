// The database itself keeps the audit log append-only: whatever the code does, an UPDATE of a
// recorded event is refused by a trigger (prisma/migrations/…_sharing).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { createWorkspaceWithUser } from "../support/fixtures";

describe("audit_events in the database", () => {
  it("refuses an UPDATE, and the event stays as recorded", async () => {
    const actor = await createWorkspaceWithUser();
    await audit({ ...actor, clientAddress: "192.0.2.1" }, "topology.created", {
      type: "topology",
      id: randomUUID(),
      detail: { name: "Original" },
    });
    const db = getDb();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: actor.workspaceId },
    });

    await expect(
      db.$executeRaw`UPDATE "audit_events" SET "action" = 'topology.deleted', "ipAddress" = NULL WHERE "id" = ${event.id}`,
    ).rejects.toThrow(/append-only/);
    // In bulk too: the trigger fires for every row.
    await expect(
      db.$executeRaw`UPDATE "audit_events" SET "detail" = '{}' WHERE "workspaceId" = ${actor.workspaceId}`,
    ).rejects.toThrow(/append-only/);

    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});
