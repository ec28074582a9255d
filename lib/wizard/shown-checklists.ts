// The ids of the checklist items a draft shows (some depend on its choices). The stepper's
// "n of m done" counts ticks against them; the server works them out with the draft's checks,
// so the item texts of both kinds stay off pages that do not show a checklist.
import { checklist } from "@/lib/topology/checklists";
import type { TopologyDraft } from "@/lib/topology/schema/document";

export interface ShownChecklists {
  prerequisites: readonly string[];
  after: readonly string[];
}

export function shownChecklists(doc: TopologyDraft): ShownChecklists {
  return {
    prerequisites: checklist(doc, "prerequisites").map((item) => item.id),
    after: checklist(doc, "after").map((item) => item.id),
  };
}
