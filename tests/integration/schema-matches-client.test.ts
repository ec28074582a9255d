// The migrations are hand-written SQL (docs/decisions/0002): this writes and reads every
// column of every model through the generated Prisma client, so a column the SQL forgot,
// misnamed or typed differently fails here.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";

describe("migrated schema matches the Prisma client", () => {
  it("round-trips every model and field", async () => {
    const db = getDb();
    const userId = randomUUID();
    const workspaceId = randomUUID();
    const now = new Date("2026-01-02T03:04:05.678Z");
    await db.user.create({
      data: {
        id: userId,
        name: "N",
        email: `${userId}@example.test`,
        emailVerified: true,
        image: "i",
      },
    });
    await db.session.create({
      data: {
        id: randomUUID(),
        token: randomUUID(),
        expiresAt: now,
        ipAddress: "127.0.0.1",
        userAgent: "ua",
        userId,
        activeWorkspaceId: workspaceId,
      },
    });
    await db.account.create({
      data: {
        id: randomUUID(),
        accountId: userId,
        providerId: "credential",
        userId,
        accessToken: "a",
        refreshToken: "r",
        idToken: "t",
        accessTokenExpiresAt: now,
        refreshTokenExpiresAt: now,
        scope: "s",
        password: "hash",
      },
    });
    await db.verification.create({
      data: { id: randomUUID(), identifier: "x", value: "v", expiresAt: now },
    });
    await db.rateLimit.create({
      data: { id: randomUUID(), key: `k-${userId}`, count: 1, lastRequest: BigInt(Date.now()) },
    });
    await db.workspace.create({
      data: { id: workspaceId, name: "W", slug: `w-${workspaceId}`, logo: "l", metadata: "{}" },
    });
    await db.membership.create({ data: { id: randomUUID(), workspaceId, userId, role: "editor" } });
    await db.invitation.create({
      data: {
        id: randomUUID(),
        workspaceId,
        email: "e@example.test",
        role: "viewer",
        status: "pending",
        expiresAt: now,
        inviterId: userId,
      },
    });
    const appliance = await db.appliance.create({
      data: {
        workspaceId,
        name: "adc",
        baseUrl: "https://127.0.0.1:9443",
        username: "nsroot",
        passwordEncrypted: "v1:x",
        tlsMode: "FINGERPRINT",
        caPem: null,
        fingerprint256: "AA:BB",
        partition: "p1",
        isSimulated: true,
      },
    });
    const topology = await db.topology.create({
      data: {
        workspaceId,
        kind: "XENMOBILE",
        name: "T",
        description: "d",
        spec: { a: [1, "b"] },
        schemaVersion: 1,
        lastCompletedStep: "nodes",
        applianceId: appliance.id,
        createdById: userId,
        updatedById: userId,
        archivedAt: now,
      },
    });
    await db.topologyRevision.create({
      data: {
        topologyId: topology.id,
        version: 1,
        spec: { a: 1 },
        schemaVersion: 1,
        name: "T",
        step: "nodes",
        authorId: userId,
      },
    });
    await db.auditEvent.create({
      data: {
        workspaceId,
        actorId: userId,
        action: "x",
        targetType: "topology",
        targetId: topology.id,
        detail: { k: "v" },
        ipAddress: "::1",
      },
    });

    const loaded = await db.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      include: {
        memberships: true,
        invitations: true,
        appliances: true,
        topologies: { include: { revisions: true } },
        auditEvents: true,
      },
    });
    expect(loaded.memberships[0]?.role).toBe("editor");
    expect(loaded.appliances[0]).toMatchObject({
      tlsMode: "FINGERPRINT",
      isSimulated: true,
      partition: "p1",
    });
    expect(loaded.topologies[0]).toMatchObject({
      kind: "XENMOBILE",
      spec: { a: [1, "b"] },
      version: 1,
      archivedAt: now,
    });
    expect(loaded.topologies[0]?.revisions).toHaveLength(1);
    expect(loaded.auditEvents[0]?.detail).toEqual({ k: "v" });
  });

  it("keeps membership roles to owner, editor and viewer", async () => {
    const db = getDb();
    const userId = randomUUID();
    const workspaceId = randomUUID();
    await db.user.create({ data: { id: userId, name: "N", email: `${userId}@example.test` } });
    await db.workspace.create({ data: { id: workspaceId, name: "W", slug: `w-${workspaceId}` } });
    await expect(
      db.membership.create({ data: { id: randomUUID(), workspaceId, userId, role: "admin" } }),
    ).rejects.toThrow();
  });
});
