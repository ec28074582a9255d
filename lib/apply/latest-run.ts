// Which run the wizard's Apply step shows after a reload: the topology's latest, by id, so the
// step never touches the run table itself.
import "server-only";
import { listRuns, type ApplyRunStatus } from "./store/runs";

export async function latestRunId(workspaceId: string, topologyId: string): Promise<string | null> {
  const [latest] = await listRuns(workspaceId, { topologyId }, 1);
  return latest?.id ?? null;
}

/** The topology's latest run (the wizard's Apply mark); null if it was never applied. */
export async function latestRunSummary(
  workspaceId: string,
  topologyId: string,
): Promise<{ status: ApplyRunStatus; startedAt: Date } | null> {
  const [latest] = await listRuns(workspaceId, { topologyId }, 1);
  return latest ? { status: latest.status, startedAt: latest.startedAt } : null;
}
