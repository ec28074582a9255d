// Validation issues carry dotted document paths ("servers.1.address"); inputs carry DOM ids.
// These helpers map one to the other so a message lands beside its input and links to it.
import type { Issue } from "@/lib/topology/validate/issues";

/** DOM id of the input for a document path: "servers.1.address" → "wf-servers__1__address". */
export function fieldId(path: string): string {
  return `wf-${path.replace(/\./g, "__").replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

export function messagesAt(issues: readonly Issue[], path: string): string[] {
  return issues.filter((issue) => issue.path === path).map((issue) => issue.message);
}

/**
 * A checklist item's tick ("prerequisites.gateway-exists"). Its "not confirmed yet" warning is
 * the unticked box itself on its own step, so the step does not say it twice; Review lists it.
 */
export function isChecklistTick(path: string): boolean {
  return /^(prerequisites|after)\.[^.]+$/.test(path);
}

/**
 * Whether a path's messages may show yet: a field the admin has not touched on a step seen
 * for the first time stays quiet. Touching a row field reveals the list's own messages too
 * (and touching a list reveals its rows).
 */
export function isRevealed(path: string, touched: ReadonlySet<string>, all: boolean): boolean {
  if (all) return true;
  for (const t of touched) {
    if (t === path || path.startsWith(`${t}.`) || t.startsWith(`${path}.`)) return true;
  }
  return false;
}
