// The database itself keeps the audit log append-only: whatever the code does, an UPDATE, a
// DELETE or a TRUNCATE of recorded events is refused by triggers (prisma/migrations/…_sharing
// and …_audit_delete_refused), and deleting a user leaves their events as recorded.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { audit } from "@/lib/audit/record";
import { listAuditEvents } from "@/lib/audit/query";
import { getDb } from "@/lib/db/client";
import { deleteUserAccount } from "@/lib/members/delete-user-account";
import { createWorkspaceWithUser } from "../support/fixtures";

async function recordedEvent() {
  const actor = await createWorkspaceWithUser();
  await audit({ ...actor, clientAddress: "192.0.2.1" }, "topology.created", {
    type: "topology",
    id: randomUUID(),
    detail: { name: "Original" },
  });
  const event = await getDb().auditEvent.findFirstOrThrow({
    where: { workspaceId: actor.workspaceId },
  });
  return { actor, event };
}

/** A second member of the actor's workspace, with nothing but their own membership. */
async function colleague(workspaceId: string, name: string) {
  const db = getDb();
  const userId = randomUUID();
  const email = `${userId.slice(0, 8)}@example.test`;
  await db.user.create({ data: { id: userId, name, email } });
  await db.membership.create({ data: { id: randomUUID(), workspaceId, userId, role: "editor" } });
  return { userId, workspaceId, clientAddress: "192.0.2.7", email };
}

describe("audit_events in the database", () => {
  it("refuses an UPDATE, and the event stays as recorded", async () => {
    const { actor, event } = await recordedEvent();
    const db = getDb();
    await expect(
      db.$executeRaw`UPDATE "audit_events" SET "action" = 'topology.deleted', "ipAddress" = NULL WHERE "id" = ${event.id}`,
    ).rejects.toThrow(/append-only/);
    // In bulk too: the trigger fires for every row.
    await expect(
      db.$executeRaw`UPDATE "audit_events" SET "detail" = '{}' WHERE "workspaceId" = ${actor.workspaceId}`,
    ).rejects.toThrow(/append-only/);

    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("refuses a DELETE, one row or many, through SQL or the client", async () => {
    const { actor, event } = await recordedEvent();
    const db = getDb();
    await expect(
      db.$executeRaw`DELETE FROM "audit_events" WHERE "id" = ${event.id}`,
    ).rejects.toThrow(/append-only: DELETE refused/);
    await expect(
      db.auditEvent.deleteMany({ where: { workspaceId: actor.workspaceId } }),
    ).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("refuses a TRUNCATE, cascading or not", async () => {
    const { event } = await recordedEvent();
    const db = getDb();
    await expect(db.$executeRaw`TRUNCATE "audit_events"`).rejects.toThrow(
      /append-only: TRUNCATE refused/,
    );
    await expect(db.$executeRaw`TRUNCATE "workspaces" CASCADE`).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("refuses deleting a workspace that has events, instead of erasing them in passing", async () => {
    const { actor, event } = await recordedEvent();
    const db = getDb();
    await expect(db.workspace.delete({ where: { id: actor.workspaceId } })).rejects.toThrow();
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("captures the actor's name and e-mail from the user row, never from the writer", async () => {
    const { actor } = await recordedEvent();
    const db = getDb();
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    await db.$executeRaw`INSERT INTO "audit_events" ("id", "workspaceId", "actorId", "action", "actorName", "actorEmail") VALUES (${randomUUID()}, ${actor.workspaceId}, ${actor.userId}, 'x.forged', 'The CISO', 'ciso@example.test')`;
    const forged = await db.auditEvent.findFirstOrThrow({ where: { action: "x.forged" } });
    expect(forged).toMatchObject({ actorName: user.name, actorEmail: user.email });
    // The foreign key's check stays: an id that is no user is refused.
    await expect(
      db.$executeRaw`INSERT INTO "audit_events" ("id", "actorId", "action") VALUES (${randomUUID()}, ${randomUUID()}, 'x.ghost')`,
    ).rejects.toThrow(/is not a user/);
  });
});

describe("deleting a user account", () => {
  it("keeps every event they recorded, still naming them, and records the deletion", async () => {
    const owner = await createWorkspaceWithUser();
    const bob = await colleague(owner.workspaceId, "Bob Builder");
    const target = { type: "topology", id: randomUUID(), detail: { name: "UMS" } };
    await audit(bob, "topology.created", target);
    await audit(bob, "topology.renamed", target);
    const db = getDb();
    const before = await db.auditEvent.findMany({
      where: { actorId: bob.userId },
      orderBy: { createdAt: "asc" },
    });
    expect(before).toHaveLength(2);

    await deleteUserAccount(owner, { userId: bob.userId });

    expect(await db.user.findUnique({ where: { id: bob.userId } })).toBeNull();
    expect(
      await db.auditEvent.findMany({
        where: { actorId: bob.userId },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual(before);
    const log = await listAuditEvents(owner.workspaceId);
    const bobs = log.entries.filter((entry) => entry.actorId === bob.userId);
    expect(bobs.map((entry) => [entry.action, entry.actor])).toEqual([
      ["topology.renamed", { name: "Bob Builder", email: bob.email }],
      ["topology.created", { name: "Bob Builder", email: bob.email }],
    ]);
    expect(log.entries[0]).toMatchObject({
      action: "member.removed",
      actorId: owner.userId,
      target: expect.objectContaining({ id: bob.userId }),
      detail: { memberUserId: bob.userId, email: bob.email, role: "editor", accountDeleted: true },
    });
  });

  it("refuses the owner's own account and another workspace's member", async () => {
    const owner = await createWorkspaceWithUser();
    const stranger = await createWorkspaceWithUser();
    await expect(deleteUserAccount(owner, { userId: owner.userId })).rejects.toThrow(/your own/);
    await expect(deleteUserAccount(owner, { userId: stranger.userId })).rejects.toThrow(
      /not a member/,
    );
    expect(
      await getDb().user.count({ where: { id: { in: [owner.userId, stranger.userId] } } }),
    ).toBe(2);
  });
});
