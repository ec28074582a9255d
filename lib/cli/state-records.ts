// The rows the apply engine needs, kept (idempotently) in a workspace of their own: the
// workspace "Command line" with a system user, one appliance per URL + user + partition, and
// one topology per (kind, document prefix), the same objects a re-run must find again.
import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { audit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { Prisma, TlsMode } from "@/lib/generated/prisma/client";
import type { TlsSettings } from "@/lib/nitro";
import { CURRENT_SCHEMA_VERSION, type TopologyDocument } from "@/lib/topology";
import { cliActor } from "./audit-origin";
import type { ApplianceTarget } from "./connection";

type Tx = Prisma.TransactionClient;

export interface CliTarget {
  workspaceId: string;
  topologyId: string;
  applianceId: string;
  actorId: string;
}

const WORKSPACE = { name: "Command line", slug: "command-line" };
// .invalid never resolves (RFC 2606). The user has no account row, so it cannot sign in: it
// only names who made the CLI's changes in the audit log and the apply history.
const SYSTEM_USER = { name: "Command line", email: "cli@command-line.invalid" };
// The CLI passes its connection (with the password read for this run) to every call, so no
// password is stored. The column is required; this placeholder is not a secret and is not
// ciphertext: decrypting it fails, so nothing can mistake it for a usable password.
const NO_STORED_PASSWORD = "not-stored:the-cli-reads-the-password-for-each-run";
// Serialises concurrent CLI runs while they create these rows (any fixed number).
const ROWS_LOCK = 724_500_121;

const tlsColumns = (tls: TlsSettings) => {
  const mode: Record<TlsSettings["mode"], TlsMode> = {
    verify: "VERIFY",
    ca: "CUSTOM_CA",
    fingerprint: "FINGERPRINT",
    insecure: "INSECURE",
  };
  return {
    tlsMode: mode[tls.mode],
    caPem: tls.mode === "ca" ? tls.caPem : null,
    fingerprint256: tls.mode === "fingerprint" ? tls.sha256 : null,
  };
};

async function ensureWorkspace(tx: Tx): Promise<Actor> {
  const user = await tx.user.upsert({
    where: { email: SYSTEM_USER.email },
    update: {},
    create: { id: randomUUID(), ...SYSTEM_USER },
  });
  const workspace = await tx.workspace.upsert({
    where: { slug: WORKSPACE.slug },
    update: {},
    create: { id: randomUUID(), ...WORKSPACE },
  });
  await tx.membership.upsert({
    where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
    update: {},
    create: { id: randomUUID(), workspaceId: workspace.id, userId: user.id, role: "owner" },
  });
  return cliActor({ workspaceId: workspace.id, actorId: user.id });
}

async function ensureAppliance(tx: Tx, workspaceId: string, target: ApplianceTarget) {
  const name = `${target.username}@${target.baseUrl}${target.partition ? ` [${target.partition}]` : ""}`;
  const row = await tx.appliance.upsert({
    where: { workspaceId_name: { workspaceId, name } },
    update: tlsColumns(target.tls),
    create: {
      workspaceId,
      name,
      baseUrl: target.baseUrl,
      username: target.username,
      partition: target.partition,
      passwordEncrypted: NO_STORED_PASSWORD,
      ...tlsColumns(target.tls),
    },
    select: { id: true },
  });
  return row.id;
}

async function ensureTopology(
  tx: Tx,
  owner: Actor,
  document: TopologyDocument,
  record: boolean,
): Promise<string> {
  const spec = JSON.parse(JSON.stringify(document)) as Prisma.InputJsonObject;
  const found = await tx.topology.findFirst({
    where: {
      workspaceId: owner.workspaceId,
      kind: document.kind,
      archivedAt: null,
      spec: { path: ["prefix"], equals: document.prefix },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, spec: true },
  });
  if (found) {
    // Only an apply records the document: it is what was last applied, not last planned.
    if (record && !isDeepStrictEqual(found.spec, spec)) {
      const updated = await tx.topology.update({
        where: { id: found.id },
        data: { spec, name: document.name, version: { increment: 1 }, updatedById: owner.userId },
        select: { version: true },
      });
      await recordCliEvent(tx, owner, "topology.edited", found.id, { version: updated.version });
    }
    return found.id;
  }
  const created = await tx.topology.create({
    data: {
      workspaceId: owner.workspaceId,
      kind: document.kind,
      name: document.name,
      spec,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdById: owner.userId,
      updatedById: owner.userId,
    },
    select: { id: true },
  });
  await recordCliEvent(tx, owner, "topology.created", created.id, {
    kind: document.kind,
    name: document.name,
  });
  return created.id;
}

/** The CLI's own changes to its rows, audited like the web's (by the "Command line" user). */
function recordCliEvent(
  tx: Tx,
  owner: Actor,
  action: "topology.created" | "topology.edited",
  topologyId: string,
  detail: Record<string, string | number>,
): Promise<void> {
  return audit(owner, action, { type: "topology", id: topologyId, detail }, tx);
}

/** The ids to plan and apply with; `record` stores the document as the topology's spec. */
export function ensureCliTarget(
  target: ApplianceTarget,
  document: TopologyDocument,
  record: boolean,
): Promise<CliTarget> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROWS_LOCK}::bigint)`;
    const owner = await ensureWorkspace(tx);
    const applianceId = await ensureAppliance(tx, owner.workspaceId, target);
    const topologyId = await ensureTopology(tx, owner, document, record);
    return { workspaceId: owner.workspaceId, actorId: owner.userId, applianceId, topologyId };
  });
}
