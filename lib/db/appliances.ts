// Appliances, scoped to the caller's workspace. The stored password never leaves this module
// except inside an ApplianceConnection handed to lib/nitro on the server.
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/action-result";
import {
  DEMO_APPLIANCE_NAME,
  DEMO_PASSWORD,
  DEMO_USERNAME,
  getDemoSimulator,
} from "@/lib/appliances/demo";
import type { ApplianceInput } from "@/lib/appliances/schema";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { recordAudit } from "@/lib/db/audit";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/db/topologies";
import { getAppSecret } from "@/lib/env";
import type { Prisma, TlsMode } from "@/lib/generated/prisma/client";
import type { ApplianceConnection, TlsSettings } from "@/lib/nitro";

/** Everything a page may show about an appliance: no password, not even encrypted. */
export interface ApplianceView {
  id: string;
  name: string;
  baseUrl: string;
  username: string;
  tlsMode: TlsMode;
  fingerprint256: string | null;
  /** A CA certificate is public; shown so the edit form can keep it. */
  caPem: string | null;
  partition: string | null;
  isSimulated: boolean;
  /** For the simulated appliance: whether the built-in simulator is running now. */
  simulatorRunning: boolean;
  topologyCount: number;
  updatedAt: Date;
}

const viewSelect = {
  id: true,
  name: true,
  baseUrl: true,
  username: true,
  tlsMode: true,
  fingerprint256: true,
  caPem: true,
  partition: true,
  isSimulated: true,
  updatedAt: true,
  _count: { select: { topologies: true } },
} satisfies Prisma.ApplianceSelect;

type ViewRow = Prisma.ApplianceGetPayload<{ select: typeof viewSelect }>;

function toView(row: ViewRow): ApplianceView {
  const demo = row.isSimulated ? getDemoSimulator() : null;
  return {
    id: row.id,
    name: row.name,
    baseUrl: demo?.url ?? row.baseUrl,
    username: row.username,
    tlsMode: row.tlsMode,
    fingerprint256: demo?.fingerprint256 ?? row.fingerprint256,
    caPem: row.caPem,
    partition: row.partition,
    isSimulated: row.isSimulated,
    simulatorRunning: Boolean(demo),
    topologyCount: row._count.topologies,
    updatedAt: row.updatedAt,
  };
}

export async function listAppliances(workspaceId: string): Promise<ApplianceView[]> {
  const rows = await getDb().appliance.findMany({
    where: { workspaceId },
    orderBy: [{ isSimulated: "desc" }, { name: "asc" }],
    select: viewSelect,
  });
  return rows.map(toView);
}

export async function findAppliance(
  workspaceId: string,
  id: string,
): Promise<ApplianceView | null> {
  const row = await getDb().appliance.findFirst({ where: { id, workspaceId }, select: viewSelect });
  return row ? toView(row) : null;
}

function boundTo(id: string): string {
  return `appliance:${id}`;
}

function tlsSettings(mode: TlsMode, caPem: string | null, fingerprint: string | null): TlsSettings {
  if (mode === "CUSTOM_CA" && caPem) return { mode: "ca", caPem };
  if (mode === "FINGERPRINT" && fingerprint) return { mode: "fingerprint", sha256: fingerprint };
  if (mode === "INSECURE") return { mode: "insecure" };
  return { mode: "verify" };
}

/** Server only: the connection lib/nitro needs, with the decrypted password. */
export async function getApplianceConnection(
  workspaceId: string,
  id: string,
): Promise<ApplianceConnection> {
  const row = await getDb().appliance.findFirst({ where: { id, workspaceId } });
  if (!row) throw new ActionError("This appliance no longer exists.", "NOT_FOUND");
  const password = decryptSecret(row.passwordEncrypted, getAppSecret(), boundTo(row.id));
  if (row.isSimulated) {
    const demo = getDemoSimulator();
    if (!demo)
      throw new ActionError(
        "The built-in simulator is not running (DEMO_APPLIANCE is off, or the app uses DATABASE_URL).",
        "FAILED",
      );
    return {
      baseUrl: demo.url,
      username: row.username,
      password,
      partition: row.partition,
      tls: { mode: "fingerprint", sha256: demo.fingerprint256 },
    };
  }
  return {
    baseUrl: row.baseUrl,
    username: row.username,
    password,
    partition: row.partition,
    tls: tlsSettings(row.tlsMode, row.caPem, row.fingerprint256),
  };
}

/** A connection from form input; a blank password on an existing appliance uses the stored one. */
export async function connectionFromInput(
  workspaceId: string,
  input: ApplianceInput,
  existingId?: string,
): Promise<ApplianceConnection> {
  let password = input.password;
  if (!password && existingId)
    password = (await getApplianceConnection(workspaceId, existingId)).password;
  if (!password)
    throw new ActionError("Enter the password.", "INVALID_INPUT", {
      password: ["Enter the password."],
    });
  return {
    baseUrl: input.baseUrl,
    username: input.username,
    password,
    partition: input.partition,
    tls: tlsSettings(input.tlsMode, input.caPem, input.fingerprint256),
  };
}

async function assertNameFree(workspaceId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await getDb().appliance.findFirst({
    where: { workspaceId, name, NOT: exceptId ? { id: exceptId } : undefined },
    select: { id: true },
  });
  if (clash)
    throw new ActionError("Another appliance has this name.", "INVALID_INPUT", {
      name: ["Another appliance in this workspace has this name."],
    });
}

export async function createAppliance(actor: Actor, input: ApplianceInput): Promise<string> {
  if (!input.password)
    throw new ActionError("Enter the password.", "INVALID_INPUT", {
      password: ["Enter the password."],
    });
  await assertNameFree(actor.workspaceId, input.name);
  const id = randomUUID();
  await getDb().$transaction(async (tx) => {
    await tx.appliance.create({
      data: {
        id,
        workspaceId: actor.workspaceId,
        name: input.name,
        baseUrl: input.baseUrl,
        username: input.username,
        passwordEncrypted: encryptSecret(input.password, getAppSecret(), boundTo(id)),
        tlsMode: input.tlsMode,
        caPem: input.caPem,
        fingerprint256: input.fingerprint256,
        partition: input.partition,
      },
    });
    await recordAudit(
      {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "appliance.created",
        targetType: "appliance",
        targetId: id,
        detail: { name: input.name, baseUrl: input.baseUrl, tlsMode: input.tlsMode },
        ipAddress: actor.clientAddress,
      },
      tx,
    );
  });
  return id;
}

export async function updateAppliance(
  actor: Actor,
  id: string,
  input: ApplianceInput,
): Promise<void> {
  const existing = await getDb().appliance.findFirst({
    where: { id, workspaceId: actor.workspaceId },
    select: { isSimulated: true },
  });
  if (!existing) throw new ActionError("This appliance no longer exists.", "NOT_FOUND");
  if (existing.isSimulated)
    throw new ActionError("The demo appliance's connection is managed by the app.", "FORBIDDEN");
  await assertNameFree(actor.workspaceId, input.name, id);
  await getDb().$transaction(async (tx) => {
    await tx.appliance.update({
      where: { id },
      data: {
        name: input.name,
        baseUrl: input.baseUrl,
        username: input.username,
        ...(input.password
          ? { passwordEncrypted: encryptSecret(input.password, getAppSecret(), boundTo(id)) }
          : {}),
        tlsMode: input.tlsMode,
        caPem: input.caPem,
        fingerprint256: input.fingerprint256,
        partition: input.partition,
      },
    });
    await recordAudit(
      {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "appliance.updated",
        targetType: "appliance",
        targetId: id,
        detail: {
          name: input.name,
          baseUrl: input.baseUrl,
          tlsMode: input.tlsMode,
          passwordChanged: Boolean(input.password),
        },
        ipAddress: actor.clientAddress,
      },
      tx,
    );
  });
}

export async function deleteAppliance(actor: Actor, id: string): Promise<void> {
  const row = await getDb().appliance.findFirst({
    where: { id, workspaceId: actor.workspaceId },
    select: { name: true, _count: { select: { topologies: true } } },
  });
  if (!row) throw new ActionError("This appliance no longer exists.", "NOT_FOUND");
  if (row._count.topologies > 0) {
    throw new ActionError(
      `${row._count.topologies} topology(ies) use this appliance. Choose another appliance for them first.`,
      "CONFLICT",
    );
  }
  await getDb().$transaction(async (tx) => {
    await tx.appliance.delete({ where: { id } });
    await recordAudit(
      {
        workspaceId: actor.workspaceId,
        actorId: actor.userId,
        action: "appliance.deleted",
        targetType: "appliance",
        targetId: id,
        detail: { name: row.name },
        ipAddress: actor.clientAddress,
      },
      tx,
    );
  });
}

/** Offers the built-in simulator in a workspace (first run on the embedded default). */
export async function addDemoAppliance(
  workspaceId: string,
  db: Prisma.TransactionClient = getDb(),
): Promise<void> {
  const demo = getDemoSimulator();
  if (!demo) return;
  const id = randomUUID();
  await db.appliance.create({
    data: {
      id,
      workspaceId,
      name: DEMO_APPLIANCE_NAME,
      baseUrl: demo.url,
      username: DEMO_USERNAME,
      passwordEncrypted: encryptSecret(DEMO_PASSWORD, getAppSecret(), boundTo(id)),
      tlsMode: "FINGERPRINT",
      fingerprint256: demo.fingerprint256,
      isSimulated: true,
    },
  });
}
