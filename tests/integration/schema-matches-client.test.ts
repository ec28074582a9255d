// The migrations are hand-written SQL (docs/decisions/0002): this writes and reads every
// column of every model through the generated Prisma client, so a column the SQL forgot,
// misnamed or typed differently fails here.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";

/** A user and a workspace with only their required columns, for the tests of other models. */
async function userAndWorkspace() {
  const db = getDb();
  const userId = randomUUID();
  const workspaceId = randomUUID();
  await db.user.create({ data: { id: userId, name: "N", email: `${userId}@example.test` } });
  await db.workspace.create({ data: { id: workspaceId, name: "W", slug: `w-${workspaceId}` } });
  return { db, userId, workspaceId };
}

function minimalAppliance(workspaceId: string) {
  return getDb().appliance.create({
    data: {
      workspaceId,
      name: "a",
      baseUrl: "https://127.0.0.1",
      username: "u",
      passwordEncrypted: "x",
    },
  });
}

function minimalTopology(workspaceId: string, userId: string) {
  return getDb().topology.create({
    data: {
      workspaceId,
      kind: "IGEL_UMS",
      name: "T",
      spec: {},
      schemaVersion: 1,
      createdById: userId,
      updatedById: userId,
    },
  });
}

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

    // Every optional column set, so each one is written and read back.
    const runColumns = {
      status: "ROLLED_BACK" as const,
      options: { adopt: ["server/a"], confirmReplace: true },
      summary: { create: 1 },
      resumeOfId: "r0",
      error: "e",
      configSaved: true,
      driftAfter: 0,
      startedAt: now,
      heartbeatAt: now,
      finishedAt: now,
    };
    const run = await db.applyRun.create({
      data: {
        workspaceId,
        topologyId: topology.id,
        applianceId: appliance.id,
        actorId: userId,
        ...runColumns,
      },
    });
    const stepColumns = {
      seq: 1,
      objectId: "server/a",
      resource: "server",
      label: "Server a",
      action: "delete",
      result: "ADOPTED" as const,
      isUndo: true,
      undoOfSeq: 0,
      errorcode: 273,
      errorKind: "already_exists",
      message: "m",
      durationMs: 12,
      identity: { name: "a" },
      before: { name: "a", ipaddress: "10.0.0.1" },
      after: { port: 80 },
      startedAt: now,
      finishedAt: now,
    };
    await db.applyStep.create({ data: { runId: run.id, ...stepColumns } });
    await db.appliedObject.create({
      data: {
        topologyId: topology.id,
        applianceId: appliance.id,
        resource: "server",
        identityKey: "server|name=a",
        objectId: "server/a",
        label: "Server a",
        identity: { name: "a" },
        attributes: { name: "a", ipaddress: "10.0.0.1" },
        adopted: true,
        lastRunId: run.id,
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

    const runs = await db.applyRun.findMany({
      where: { topologyId: topology.id },
      include: { steps: true, topology: true, appliance: true, actor: true },
    });
    expect(runs[0]).toMatchObject({ ...runColumns, actor: { id: userId } });
    expect(runs[0]?.steps[0]).toMatchObject(stepColumns);
    const owned = await db.appliedObject.findMany({
      where: { applianceId: appliance.id },
      include: { topology: true, appliance: true },
    });
    expect(owned[0]).toMatchObject({
      identityKey: "server|name=a",
      attributes: { name: "a", ipaddress: "10.0.0.1" },
      adopted: true,
      lastRunId: run.id,
    });
  });

  it("round-trips the live status models", async () => {
    const { db, userId, workspaceId } = await userAndWorkspace();
    const at = new Date("2026-01-02T03:04:05.678Z");
    const appliance = await minimalAppliance(workspaceId);
    const topology = await minimalTopology(workspaceId, userId);
    await db.statusTransition.create({
      data: {
        applianceId: appliance.id,
        topologyId: topology.id,
        objectKey: "lbvserver/vs",
        label: "LB vserver vs",
        fromState: "UP",
        toState: "OUT OF SERVICE",
        at,
      },
    });
    await db.pollerLease.create({
      data: { applianceId: appliance.id, holder: "i1", expiresAt: at },
    });
    await db.statusSnapshot.create({
      data: { applianceId: appliance.id, data: { v: [1] }, updatedAt: at },
    });
    const loaded = await db.appliance.findUniqueOrThrow({
      where: { id: appliance.id },
      include: {
        statusTransitions: { include: { topology: true } },
        pollerLease: true,
        statusSnapshot: true,
      },
    });
    expect(loaded.statusTransitions[0]).toMatchObject({
      objectKey: "lbvserver/vs",
      label: "LB vserver vs",
      fromState: "UP",
      toState: "OUT OF SERVICE",
      at,
      topology: { id: topology.id },
    });
    expect(loaded.pollerLease).toMatchObject({ holder: "i1", expiresAt: at });
    expect(loaded.statusSnapshot).toMatchObject({ data: { v: [1] }, updatedAt: at });
  });

  it("round-trips the stored drift check and drops it with its topology", async () => {
    const { db, userId, workspaceId } = await userAndWorkspace();
    const at = new Date("2026-01-02T03:04:05.678Z");
    const topology = await minimalTopology(workspaceId, userId);
    const differences = [{ action: "update", resource: "lbvserver", label: "LB vserver vs" }];
    await db.driftCheck.create({
      data: {
        topologyId: topology.id,
        applianceId: "a1",
        checkedAt: at,
        changes: 1,
        differences,
        planHash: "h",
        error: "e",
        requestedAt: at,
      },
    });
    const loaded = await db.topology.findUniqueOrThrow({
      where: { id: topology.id },
      include: { driftCheck: true },
    });
    expect(loaded.driftCheck).toMatchObject({
      applianceId: "a1",
      checkedAt: at,
      changes: 1,
      differences,
      planHash: "h",
      error: "e",
      requestedAt: at,
    });
    await db.topology.delete({ where: { id: topology.id } });
    expect(await db.driftCheck.count({ where: { topologyId: topology.id } })).toBe(0);
  });

  it("allows one RUNNING apply run per appliance, any number of finished ones", async () => {
    const { db, userId, workspaceId } = await userAndWorkspace();
    const appliance = await minimalAppliance(workspaceId);
    const topology = await minimalTopology(workspaceId, userId);
    const run = { workspaceId, topologyId: topology.id, applianceId: appliance.id, options: {} };
    await db.applyRun.create({ data: { ...run, status: "SUCCEEDED" } });
    await db.applyRun.create({ data: { ...run, status: "INTERRUPTED" } });
    await db.applyRun.create({ data: { ...run, status: "RUNNING" } });
    await expect(db.applyRun.create({ data: { ...run, status: "RUNNING" } })).rejects.toThrow();
  });

  it("round-trips the sharing models and keeps the audit log append-only", async () => {
    const { db, userId, workspaceId } = await userAndWorkspace();
    const at = new Date("2026-01-02T03:04:05.678Z");
    const topology = await minimalTopology(workspaceId, userId);
    await db.invitation.create({
      data: {
        id: randomUUID(),
        workspaceId,
        email: "i@example.test",
        role: "editor",
        status: "accepted",
        expiresAt: at,
        inviterId: userId,
        tokenHash: `h-${userId}`,
        emailedAt: at,
        acceptedAt: at,
        acceptedById: userId,
      },
    });
    await db.shareLink.create({
      data: {
        workspaceId,
        topologyId: topology.id,
        tokenHash: `s-${userId}`,
        label: "on-call",
        showAddresses: true,
        expiresAt: at,
        revokedAt: at,
        createdById: userId,
        lastUsedAt: at,
      },
    });
    const loaded = await db.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      include: { invitations: { include: { acceptedBy: true } }, shareLinks: true },
    });
    expect(loaded.invitations[0]).toMatchObject({
      tokenHash: `h-${userId}`,
      emailedAt: at,
      acceptedAt: at,
      acceptedBy: { id: userId },
    });
    expect(loaded.shareLinks[0]).toMatchObject({
      label: "on-call",
      showAddresses: true,
      expiresAt: at,
      revokedAt: at,
      lastUsedAt: at,
    });
    await expect(
      db.invitation.create({
        data: {
          id: randomUUID(),
          workspaceId,
          email: "o@example.test",
          role: "owner",
          expiresAt: at,
          inviterId: userId,
        },
      }),
    ).rejects.toThrow();

    const event = await db.auditEvent.create({ data: { workspaceId, action: "x" } });
    await expect(
      db.auditEvent.update({ where: { id: event.id }, data: { action: "y" } }),
    ).rejects.toThrow(/append-only/);
  });

  it("keeps membership roles to owner, editor and viewer", async () => {
    const { db, userId, workspaceId } = await userAndWorkspace();
    await expect(
      db.membership.create({ data: { id: randomUUID(), workspaceId, userId, role: "admin" } }),
    ).rejects.toThrow();
  });

  it("round-trips the account-security models: second factor, reset links, the workspace rule", async () => {
    const { db, userId, workspaceId } = await userAndWorkspace();
    const at = new Date("2026-01-02T03:04:05.678Z");
    await db.user.update({ where: { id: userId }, data: { twoFactorEnabled: true } });
    await db.workspace.update({ where: { id: workspaceId }, data: { requireTwoFactor: true } });
    const twoFactor = {
      id: randomUUID(),
      secret: "s",
      backupCodes: "b",
      userId,
      verified: false,
      failedVerificationCount: 3,
      lockedUntil: at,
    };
    await db.twoFactor.create({ data: twoFactor });
    const link = {
      id: randomUUID(),
      workspaceId,
      userId,
      tokenHash: randomUUID(),
      expiresAt: at,
      usedAt: at,
      createdById: userId,
      createdAt: at,
    };
    await db.passwordResetLink.create({ data: link });

    expect(await db.twoFactor.findUniqueOrThrow({ where: { id: twoFactor.id } })).toEqual(
      twoFactor,
    );
    expect(await db.passwordResetLink.findUniqueOrThrow({ where: { id: link.id } })).toEqual(link);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).twoFactorEnabled).toBe(
      true,
    );
    expect(
      (await db.workspace.findUniqueOrThrow({ where: { id: workspaceId } })).requireTwoFactor,
    ).toBe(true);
  });
});
