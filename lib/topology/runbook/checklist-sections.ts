// Sections 1 (prerequisites) and 6 (after the NetScaler): the wizard's checklists with the
// topology's values filled in and each tick's state, including who ticked it and when.
import { checklist } from "../checklists";
import type { Check } from "../schema/common";
import type { TopologyDocument } from "../schema/document";
import { formatRunbookDate } from "./dates";
import type { Block, ChecklistEntry } from "./types";

type ListName = "prerequisites" | "after";

/** "done by Alex on 22 Nov 2026 14:05 UTC", or as much of it as the tick records. */
export function tickState(tick: Check | undefined): string {
  if (tick?.done !== true) return "not done";
  const by = tick.by?.trim() ? ` by ${tick.by.trim()}` : "";
  const at = tick.at ? new Date(tick.at) : undefined;
  const when = at && !Number.isNaN(at.getTime()) ? ` on ${formatRunbookDate(at)}` : "";
  return `done${by}${when}`;
}

export function checklistEntries(doc: TopologyDocument, list: ListName): ChecklistEntry[] {
  const ticks: Partial<Record<string, Check>> = doc[list];
  return checklist(doc, list).map((item) => {
    const tick = ticks[item.id];
    return {
      id: item.id,
      title: item.title,
      detail: item.detail,
      done: tick?.done === true,
      state: tickState(tick),
    };
  });
}

function progress(entries: readonly ChecklistEntry[], verb: string): string {
  const done = entries.filter((e) => e.done).length;
  return `${done} of ${entries.length} ${verb}.`;
}

export function prerequisitesBlocks(doc: TopologyDocument): Block[] {
  const entries = checklistEntries(doc, "prerequisites");
  return [
    {
      kind: "paragraph",
      text: [
        "Confirm each item before you change the NetScaler. Ticks come from the wizard, with who ticked them and when. ",
        progress(entries, "confirmed"),
      ],
    },
    { kind: "checklist", items: entries },
  ];
}

export function afterBlocks(doc: TopologyDocument): Block[] {
  const entries = checklistEntries(doc, "after");
  return [
    {
      kind: "paragraph",
      text: [
        "Once the NetScaler configuration is in place, finish the change outside it. Tick each item in the wizard's After the NetScaler step so the team sees who did what. ",
        progress(entries, "done"),
      ],
    },
    { kind: "checklist", items: entries },
  ];
}
