// What pages may know about appliances: everything but the password (not even encrypted),
// scoped to the caller's workspace.
import { getDemoSimulator } from "@/lib/appliances/demo";
import { getDb } from "@/lib/db/client";
import type { Prisma, TlsMode } from "@/lib/generated/prisma/client";

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
