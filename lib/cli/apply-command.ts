// `cli apply`: plan, show the plan, refuse early what the engine would refuse, confirm, apply
// (the engine plans again under the appliance lock and insists on the plan shown), report.
import { applyTopology, planTopology } from "@/lib/apply";
import { planBlockers, type Plan } from "@/lib/topology/plan";
import type { Command } from "./args";
import { openApplianceSession } from "./appliance-session";
import { outcomeLines, stepLine } from "./apply-progress";
import { cliActor } from "./audit-origin";
import { CliError, EXIT, type ExitCode } from "./exit-codes";
import { planText } from "./format-text";
import { note, print } from "./output";
import { whileApplying } from "./shutdown";
import { confirm } from "./terminal";
import { loadTopology } from "./topology-file";

type ApplyCommand = Extract<Command, { name: "apply" }>;

const nothingToDo = (plan: Plan) =>
  plan.summary.changes === 0 && plan.summary.conflict === 0 && plan.releases.length === 0;

async function confirmed(command: ApplyCommand, account: string): Promise<boolean> {
  if (command.yes) return true;
  if (!process.stdin.isTTY) {
    throw new CliError("Not applied: stdin is not a terminal, so nobody can confirm; use --yes.");
  }
  return confirm(`Apply these changes to ${account}? [y/N] `);
}

export async function applyCommand(command: ApplyCommand): Promise<ExitCode> {
  const { document, desired } = loadTopology(command.file);
  const session = await openApplianceSession(command.appliance, command.stateDir, document, {
    recordDocument: true,
  });
  const { target, connection } = session;
  const plan = await planTopology({ ...target, desired, connection });
  for (const line of planText(plan, true)) print(line);
  if (nothingToDo(plan)) return EXIT.ok;

  const blockers = planBlockers(plan, { confirmReplace: command.confirmReplace });
  if (blockers.length > 0) {
    for (const blocker of blockers) note(`Not applied. ${blocker.message}.`);
    if (blockers.some((blocker) => blocker.kind === "replace-unconfirmed")) {
      note("Pass --confirm-replace to allow the deletes and re-creates.");
    }
    return EXIT.refused;
  }
  if (!(await confirmed(command, session.account))) {
    note("Not applied.");
    return EXIT.refused;
  }

  const started = Date.now();
  const run = await whileApplying((abandon) =>
    applyTopology({
      ...target,
      origin: cliActor(target),
      desired,
      connection,
      abandon,
      // Refused (stale-plan) if the appliance changed since the plan shown above.
      options: {
        confirmReplace: command.confirmReplace,
        saveConfig: command.save,
        expectedPlanHash: plan.hash,
      },
      onStep: (step) => {
        const line = stepLine(step);
        if (line) print(line);
      },
    }),
  );
  for (const line of outcomeLines(run, Date.now() - started)) print(line);
  if (run.status === "SUCCEEDED") return EXIT.ok;
  return run.status === "RUNNING" ? EXIT.interrupted : EXIT.failed;
}
