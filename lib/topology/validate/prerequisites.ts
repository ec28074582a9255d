// Prerequisites the admin has not ticked yet are warnings: Review shows them, and the apply
// step decides whether to insist.
import { checklist } from "../checklists";
import type { TopologyDraft } from "../schema/document";
import type { IssueCollector } from "./issues";

export function checkPrerequisites(out: IssueCollector, doc: TopologyDraft): void {
  const ticks: Partial<Record<string, { done?: boolean }>> = doc.prerequisites ?? {};
  for (const item of checklist(doc, "prerequisites")) {
    if (ticks[item.id]?.done !== true) {
      out.warning(
        `prerequisites.${item.id}`,
        `Not confirmed yet: ${item.title}. Tick it once it is done.`,
      );
    }
  }
}
