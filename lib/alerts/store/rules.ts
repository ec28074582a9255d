// Alert rules (alert_rules) and the channels each notifies, scoped by workspace.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RuleKind } from "../kinds";

export interface RuleView {
  id: string;
  name: string;
  kind: RuleKind;
  threshold: number | null;
  holdSeconds: number;
  topologyId: string | null;
  enabled: boolean;
  channelIds: string[];
  createdAt: string;
}

const include = { channels: { select: { channelId: true } } } as const;
type RuleRow = Prisma.AlertRuleGetPayload<{ include: typeof include }>;

function view(r: RuleRow): RuleView {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as RuleKind,
    threshold: r.threshold,
    holdSeconds: r.holdSeconds,
    topologyId: r.topologyId,
    enabled: r.enabled,
    channelIds: r.channels.map((c) => c.channelId),
    createdAt: r.createdAt.toISOString(),
  };
}

export async function listRules(workspaceId: string): Promise<RuleView[]> {
  const rows = await getDb().alertRule.findMany({
    where: { workspaceId },
    include,
    orderBy: { createdAt: "asc" },
  });
  return rows.map(view);
}

export interface RuleFields {
  name: string;
  kind: RuleKind;
  threshold: number | null;
  holdSeconds: number;
  topologyId: string | null;
  enabled: boolean;
  channelIds: string[];
}

export async function insertRule(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  fields: RuleFields,
): Promise<RuleView> {
  const { channelIds, ...rest } = fields;
  const row = await tx.alertRule.create({
    data: {
      workspaceId,
      ...rest,
      channels: { create: channelIds.map((channelId) => ({ channelId })) },
    },
    include,
  });
  return view(row);
}

export async function updateRule(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  id: string,
  fields: RuleFields,
): Promise<RuleView | null> {
  const { channelIds, ...rest } = fields;
  const { count } = await tx.alertRule.updateMany({ where: { id, workspaceId }, data: rest });
  if (count === 0) return null;
  await tx.alertRuleChannel.deleteMany({ where: { ruleId: id } });
  await tx.alertRuleChannel.createMany({
    data: channelIds.map((channelId) => ({ ruleId: id, channelId })),
  });
  // A changed rule starts over: its old alert states described another condition.
  await tx.alertState.deleteMany({ where: { ruleId: id } });
  const row = await tx.alertRule.findUniqueOrThrow({ where: { id }, include });
  return view(row);
}

export async function deleteRule(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  id: string,
): Promise<{ name: string } | null> {
  const row = await tx.alertRule.findFirst({ where: { id, workspaceId }, select: { name: true } });
  if (!row) return null;
  await tx.alertRule.delete({ where: { id } });
  return row;
}

export type EvaluatedRule = RuleView & {
  workspaceId: string;
  channels: Array<{ id: string; name: string }>;
};

/** Every enabled rule of every workspace, with its channels: the evaluator's input. */
export async function loadEnabledRules(): Promise<EvaluatedRule[]> {
  const rows = await getDb().alertRule.findMany({
    where: { enabled: true },
    include: {
      channels: { select: { channelId: true, channel: { select: { id: true, name: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({
    ...view(r),
    workspaceId: r.workspaceId,
    channels: r.channels.map((c) => c.channel),
  }));
}

export interface WatchedTopology {
  id: string;
  workspaceId: string;
  name: string;
  /** Changes with every save (the watch set is recompiled only then). */
  updatedAt: Date;
  applianceId: string | null;
}

/** The workspaces' live topologies that have an appliance (what a rule can watch). */
export async function listWatchedTopologies(
  workspaceIds: readonly string[],
): Promise<WatchedTopology[]> {
  return getDb().topology.findMany({
    where: { workspaceId: { in: [...workspaceIds] }, archivedAt: null, applianceId: { not: null } },
    select: { id: true, workspaceId: true, name: true, updatedAt: true, applianceId: true },
    orderBy: { name: "asc" },
  });
}

/** Topology names for the rule and silence forms (any topology of the workspace). */
export async function listTopologyChoices(
  workspaceId: string,
): Promise<Array<{ id: string; name: string }>> {
  return getDb().topology.findMany({
    where: { workspaceId, archivedAt: null },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

/** Ids of the given channels that belong to the workspace (a form may name only those). */
export async function ownChannelIds(
  workspaceId: string,
  channelIds: readonly string[],
): Promise<Set<string>> {
  if (channelIds.length === 0) return new Set();
  const rows = await getDb().alertChannel.findMany({
    where: { workspaceId, id: { in: [...channelIds] } },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

export async function topologyInWorkspace(
  workspaceId: string,
  topologyId: string,
): Promise<boolean> {
  const row = await getDb().topology.findFirst({
    where: { id: topologyId, workspaceId },
    select: { id: true },
  });
  return row !== null;
}
