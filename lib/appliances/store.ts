// Creating, changing and removing appliances, scoped to the caller's workspace and audited.
// The password is encrypted here and never read back (see appliance-connections.ts).
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/action-result";
import {
  DEMO_APPLIANCE_NAME,
  DEMO_PASSWORD,
  DEMO_USERNAME,
  getDemoSimulator,
} from "@/lib/appliances/demo";
import type { ApplianceInput } from "@/lib/appliances/schema";
import { encryptSecret } from "@/lib/crypto";
import { boundTo } from "@/lib/appliances/connections";
import {
  assertPasswordStaysBound,
  credentialTargetSelect,
} from "@/lib/appliances/credential-binding";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getAppSecret } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

export { findAppliance, listAppliances, type ApplianceView } from "@/lib/appliances/views";
export { connectionFromInput, getApplianceConnection } from "@/lib/appliances/connections";

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

/** The connection columns a create and an edit both write from the form; the password is apart
 * because an edit may leave it unchanged. */
function connectionColumns(input: ApplianceInput) {
  return {
    name: input.name,
    baseUrl: input.baseUrl,
    username: input.username,
    tlsMode: input.tlsMode,
    caPem: input.caPem,
    fingerprint256: input.fingerprint256,
    partition: input.partition,
  };
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
        ...connectionColumns(input),
        passwordEncrypted: encryptSecret(input.password, getAppSecret(), boundTo(id)),
      },
    });
    await audit(
      actor,
      "appliance.created",
      {
        type: "appliance",
        id,
        detail: { name: input.name, baseUrl: input.baseUrl, tlsMode: input.tlsMode },
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
    select: { ...credentialTargetSelect, isSimulated: true },
  });
  if (!existing) throw new ActionError("This appliance no longer exists.", "NOT_FOUND");
  if (existing.isSimulated)
    throw new ActionError("The demo appliance's connection is managed by the app.", "FORBIDDEN");
  assertPasswordStaysBound(existing, input);
  await assertNameFree(actor.workspaceId, input.name, id);
  await getDb().$transaction(async (tx) => {
    await tx.appliance.update({
      where: { id },
      data: {
        ...connectionColumns(input),
        ...(input.password
          ? { passwordEncrypted: encryptSecret(input.password, getAppSecret(), boundTo(id)) }
          : {}),
      },
    });
    await audit(
      actor,
      "appliance.updated",
      {
        type: "appliance",
        id,
        detail: {
          name: input.name,
          baseUrl: input.baseUrl,
          tlsMode: input.tlsMode,
          passwordChanged: Boolean(input.password),
        },
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
    await audit(
      actor,
      "appliance.deleted",
      { type: "appliance", id, detail: { name: row.name } },
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
