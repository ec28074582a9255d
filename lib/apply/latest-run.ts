// Which run the wizard's Apply step shows after a reload: the topology's latest, by id, so the
// step never touches the run table itself.
import "server-only";
import { listRuns } from "./store/runs";

export async function latestRunId(workspaceId: string, topologyId: string): Promise<string | null> {
  const [latest] = await listRuns(workspaceId, { topologyId }, 1);
  return latest?.id ?? null;
}
