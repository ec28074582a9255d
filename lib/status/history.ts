// A topology's timeline: the transitions of the objects it watches on its appliance.
import { listTransitionsFor, type TransitionFilter, type TransitionView } from "@/lib/status/store";
import { APPLIANCE_KEY } from "./keys";
import { loadWatchTarget } from "./load-watch";

export async function listTransitions(
  workspaceId: string,
  topologyId: string,
  filter: TransitionFilter = {},
): Promise<TransitionView[] | null> {
  const target = await loadWatchTarget(workspaceId, topologyId);
  if (!target.ok) return target.notFound ? null : [];
  const keys = [
    APPLIANCE_KEY,
    ...target.watch.vservers.map((v) => v.key),
    ...target.watch.members.map((m) => m.key),
  ];
  return listTransitionsFor(target.applianceId, keys, filter);
}
