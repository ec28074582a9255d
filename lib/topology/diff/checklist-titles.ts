// Checklist items are named by their checkbox line. The lists filter items by the IGEL OS
// generation, so the titles come from a document with "mixed" (every item present): an item
// ticked under OS 11 keeps its name after the topology moved to OS 12.
import { checklist } from "../checklists";
import type { TopologyKind } from "../schema/kinds";
import { CURRENT_SCHEMA_VERSION } from "../schema/constants";
import type { TopologyDraft } from "../schema/document";

const everyItem: Record<TopologyKind, TopologyDraft> = {
  IGEL_UMS: {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    kind: "IGEL_UMS",
    loadBalancing: { osGeneration: "mixed" },
  },
  XENMOBILE: { schemaVersion: CURRENT_SCHEMA_VERSION, kind: "XENMOBILE" },
};

const cache = new Map<string, ReadonlyMap<string, string>>();

/** Item id → title, in the checklist's display order. */
export function checklistTitles(
  kind: TopologyKind,
  list: "prerequisites" | "after",
): ReadonlyMap<string, string> {
  const cacheKey = `${kind}:${list}`;
  let titles = cache.get(cacheKey);
  if (!titles) {
    titles = new Map(checklist(everyItem[kind], list).map((item) => [item.id, item.title]));
    cache.set(cacheKey, titles);
  }
  return titles;
}
