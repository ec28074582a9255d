// What the review page shows: the plan against the live appliance, and the same plan as CLI
// commands and NITRO requests. Secrets are masked in all three.
import { planTopology } from "@/lib/apply";
import { loadCompiledTopology } from "@/lib/review/compiled-topology";
import type { Actor } from "@/lib/auth/actor";
import { recordPlanned } from "@/lib/audit/planned";
import type { NitroRequest } from "@/lib/topology/export";
import type { Plan } from "@/lib/topology/plan";
import { planCli, planNitroRequests } from "@/lib/topology/export/plan-export";

export interface ReviewPlan {
  plan: Plan;
  cli: string[];
  requests: NitroRequest[];
}

export async function planForReview(
  workspaceId: string,
  topologyId: string,
  adopt: readonly string[],
  /** Who asked (recorded as topology.planned, coalesced: the review page polls). */
  by?: Actor,
): Promise<ReviewPlan> {
  const compiled = await loadCompiledTopology(workspaceId, topologyId);
  const plan = await planTopology({ workspaceId, ...compiled, adopt });
  if (by) await recordPlanned(by, compiled, plan);
  return {
    plan,
    cli: planCli(plan, compiled.desired),
    requests: planNitroRequests(plan, compiled.desired),
  };
}
