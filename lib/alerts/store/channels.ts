// Alert channels (alert_channels). The webhook URL and HMAC key are stored encrypted; views
// say only whether they are set, so no query here hands a secret to a page.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelKind } from "../kinds";

export interface ChannelView {
  id: string;
  name: string;
  kind: ChannelKind;
  hasUrl: boolean;
  hasHmacKey: boolean;
  emailTo: string | null;
  createdAt: string;
}

export interface ChannelSecrets {
  id: string;
  workspaceId: string;
  name: string;
  kind: ChannelKind;
  urlEncrypted: string | null;
  hmacKeyEncrypted: string | null;
  emailTo: string | null;
}

type Row = Prisma.AlertChannelGetPayload<object>;

function view(r: Row): ChannelView {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as ChannelKind,
    hasUrl: r.urlEncrypted !== null,
    hasHmacKey: r.hmacKeyEncrypted !== null,
    emailTo: r.emailTo,
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listChannels(workspaceId: string): Promise<ChannelView[]> {
  const rows = await getDb().alertChannel.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
  });
  return rows.map(view);
}

export async function findChannel(workspaceId: string, id: string): Promise<ChannelView | null> {
  const row = await getDb().alertChannel.findFirst({ where: { id, workspaceId } });
  return row ? view(row) : null;
}

/** For the delivery worker only: the encrypted secrets of one channel. */
export async function loadChannelSecrets(id: string): Promise<ChannelSecrets | null> {
  const row = await getDb().alertChannel.findUnique({ where: { id } });
  return row ? { ...row, kind: row.kind as ChannelKind } : null;
}

export async function nameTaken(
  workspaceId: string,
  name: string,
  exceptId: string | null,
): Promise<boolean> {
  const row = await getDb().alertChannel.findFirst({
    where: { workspaceId, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  return row !== null;
}

export async function insertChannel(
  tx: Prisma.TransactionClient,
  data: {
    id: string;
    workspaceId: string;
    name: string;
    kind: ChannelKind;
    urlEncrypted: string | null;
    hmacKeyEncrypted: string | null;
    emailTo: string | null;
  },
): Promise<ChannelView> {
  return view(await tx.alertChannel.create({ data }));
}

/** Updates the given fields; a secret left undefined keeps its stored value. */
export async function updateChannel(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  id: string,
  data: {
    name: string;
    emailTo: string | null;
    urlEncrypted?: string | null;
    hmacKeyEncrypted?: string | null;
  },
): Promise<ChannelView | null> {
  const { count } = await tx.alertChannel.updateMany({ where: { id, workspaceId }, data });
  if (count === 0) return null;
  return view(await tx.alertChannel.findUniqueOrThrow({ where: { id } }));
}

export async function deleteChannel(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  id: string,
): Promise<{ name: string } | null> {
  const row = await tx.alertChannel.findFirst({
    where: { id, workspaceId },
    select: { name: true },
  });
  if (!row) return null;
  await tx.alertChannel.delete({ where: { id } });
  return row;
}
