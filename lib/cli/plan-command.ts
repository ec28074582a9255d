// `cli plan`: against an appliance (its live state and what this topology applied before),
// or, without --appliance, against an empty one (no network, no database).
import { planTopology } from "@/lib/apply";
import { recordPlanned } from "@/lib/audit/planned";
import { planCli } from "@/lib/topology/export/plan-export";
import { buildLiveState, diff, type Plan } from "@/lib/topology/plan";
import type { DesiredConfig } from "@/lib/topology";
import type { Command, PlanFormat } from "./args";
import { openApplianceSession } from "./appliance-session";
import { cliActor } from "./audit-origin";
import { EXIT, type ExitCode } from "./exit-codes";
import { planJson } from "./format-json";
import { planText } from "./format-text";
import { note, print } from "./output";
import { loadTopology } from "./topology-file";

type PlanCommand = Extract<Command, { name: "plan" }>;

export function printPlan(
  plan: Plan,
  desired: DesiredConfig,
  format: PlanFormat,
  checked: boolean,
): void {
  if (format === "json") print(planJson(plan));
  else if (format === "cli") for (const line of planCli(plan, desired)) print(line);
  else for (const line of planText(plan, checked)) print(line);
}

export async function planCommand(command: PlanCommand): Promise<ExitCode> {
  const { document, desired } = loadTopology(command.file);
  let plan: Plan;
  if (command.appliance) {
    const session = await openApplianceSession(command.appliance, command.stateDir, document, {
      recordDocument: false,
    });
    plan = await planTopology({ ...session.target, desired, connection: session.connection });
    // As the review page does: "planned" in the audit log, coalesced per topology.
    await recordPlanned(cliActor(session.target), session.target, plan);
  } else {
    note("No --appliance: planned against an empty appliance (every object is a create).");
    plan = diff(desired, buildLiveState({}), [], {});
  }
  printPlan(plan, desired, command.format, Boolean(command.appliance));
  return EXIT.ok;
}
