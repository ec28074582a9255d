// The plan as a shared view shows it: what applying would change now, without the parts only
// an editor needs (hash, identity keys, adopt flags, other topologies' ids, undo data). An
// appliance that cannot be read is an outcome to show, not an error.
import { ActionError } from "@/lib/action-result";
import { planTopology } from "@/lib/apply";
import { log } from "@/lib/log";
import { isNitroError } from "@/lib/nitro";
import { describeFailure } from "@/lib/status/failure";
import type { StatusFailure } from "@/lib/status/types";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { AttributeChange, Plan, PlanAction, PlanSummary } from "@/lib/topology/plan";
import { TtlCache } from "./ttl-cache";

export interface SharedPlanItem {
  id: string;
  label: string;
  action: PlanAction;
  changes: AttributeChange[];
  reason: string | null;
  dangerous: boolean;
}

export type SharedPlan =
  | {
      state: "ready";
      summary: PlanSummary;
      items: SharedPlanItem[];
      missingReferences: Array<{ label: string; resource: string; name: string }>;
      plannedAt: string;
    }
  | { state: "appliance-failed"; failure: StatusFailure; plannedAt: string }
  | { state: "unavailable"; message: string; plannedAt: string };

/** Visitors without an account reuse one plan per topology version for this long. */
export const SHARED_PLAN_TTL_MS = 60_000;

export function toSharedPlan(plan: Plan, plannedAt: Date): SharedPlan {
  return {
    state: "ready",
    summary: plan.summary,
    items: plan.items.map((item) => ({
      id: item.id,
      label: item.label,
      action: item.action,
      changes: item.changes,
      reason: item.reason ?? null,
      dangerous: item.dangerous,
    })),
    missingReferences: plan.missingReferences.map((m) => ({
      label: m.label,
      resource: m.resource,
      name: m.name,
    })),
    plannedAt: plannedAt.toISOString(),
  };
}

export interface SharedPlanInput {
  workspaceId: string;
  topologyId: string;
  /** The topology's version: an edit plans afresh instead of waiting for the cache. */
  version: number;
  applianceId: string;
  desired: DesiredConfig;
}

const holder = globalThis as typeof globalThis & { __sharedPlanCache?: TtlCache<SharedPlan> };

/** One cache per process (kept on globalThis so route and page modules share it). */
export function sharedPlanCache(): TtlCache<SharedPlan> {
  return (holder.__sharedPlanCache ??= new TtlCache<SharedPlan>(SHARED_PLAN_TTL_MS));
}

/**
 * The plan for a shared view, at most one appliance read per topology version per minute
 * however many visitors there are (concurrent visitors wait for the same read).
 */
export function planForShare(input: SharedPlanInput): Promise<SharedPlan> {
  const key = `${input.workspaceId}/${input.topologyId}@${input.version}/${input.applianceId}`;
  return sharedPlanCache().get(key, () => computeSharedPlan(input));
}

async function computeSharedPlan(input: SharedPlanInput): Promise<SharedPlan> {
  const plannedAt = new Date();
  try {
    const plan = await planTopology({
      workspaceId: input.workspaceId,
      topologyId: input.topologyId,
      applianceId: input.applianceId,
      desired: input.desired,
    });
    return toSharedPlan(plan, plannedAt);
  } catch (error) {
    const at = plannedAt.toISOString();
    if (isNitroError(error)) {
      return { state: "appliance-failed", failure: describeFailure(error), plannedAt: at };
    }
    // Refusals the app itself explains (appliance removed, demo simulator not running).
    if (error instanceof ActionError) {
      return { state: "unavailable", message: error.message, plannedAt: at };
    }
    log.error(
      `shared plan for topology ${input.topologyId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return {
      state: "unavailable",
      message: "The plan could not be worked out on the server right now.",
      plannedAt: at,
    };
  }
}
