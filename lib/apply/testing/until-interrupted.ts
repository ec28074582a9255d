// After a crash the run reads RUNNING until its heartbeat is stale, then INTERRUPTED (the
// crash rule in getApplyRun). Tests shorten "stale" instead of waiting the product's 60 s;
// the rule itself and the dead process's last heartbeat are the real ones.
import { getApplyRun, type ApplyRunView } from "@/lib/apply";

export async function untilInterrupted(
  workspaceId: string,
  runId: string,
  staleAfterMs: number,
  timeoutMs = 20_000,
): Promise<ApplyRunView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await getApplyRun(workspaceId, runId, { staleAfterMs });
    if (!run) throw new Error(`apply run ${runId} not found`);
    if (run.status !== "RUNNING") return run;
    if (Date.now() > deadline) throw new Error(`apply run ${runId} still RUNNING`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
