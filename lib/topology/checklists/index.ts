import type { TopologyDraft } from "../schema/document";
import { igelUmsAfter, igelUmsPrerequisites } from "./igel-ums";
import type { ChecklistItem } from "./types";
import { xenMobileAfter, xenMobilePrerequisites } from "./xenmobile";

export * from "./ids";
export type { ChecklistItem } from "./types";

/** The items that apply to this topology, in display order, with its values filled in. */
export function checklist(doc: TopologyDraft, list: "prerequisites" | "after"): ChecklistItem[] {
  if (doc.kind === "IGEL_UMS") {
    return list === "prerequisites" ? igelUmsPrerequisites(doc) : igelUmsAfter(doc);
  }
  return list === "prerequisites" ? xenMobilePrerequisites(doc) : xenMobileAfter(doc);
}
