// Who ticked a checklist item and when is decided by the server, never taken from the browser
// or from an imported file: a newly ticked item gets the saving (or importing) user and time, an
// item that stays ticked keeps the stamp this server stored, and an unticked item loses it.
// Used by the wizard's autosave (lib/wizard/merge-patch.ts) and by both import actions.
import type { TopologyDraft } from "../schema/document";

export const checklistKeys = ["prerequisites", "after"] as const;

interface Tick {
  done?: boolean;
  by?: string;
  at?: string;
}
type Ticks = Partial<Record<string, Tick>>;

export function stampTicks(before: Ticks | undefined, after: Ticks, by: string, at: string): Ticks {
  const out: Ticks = {};
  for (const [id, tick] of Object.entries(after)) {
    if (!tick) continue;
    const earlier = before?.[id];
    if (tick.done !== true) out[id] = { done: false };
    else if (earlier?.done === true) out[id] = { done: true, by: earlier.by, at: earlier.at };
    else out[id] = { done: true, by, at };
  }
  return out;
}

/** Re-stamps every checklist of `next` against what was stored (nothing, for a new topology). */
export function stampChecklists<T extends TopologyDraft>(
  stored: TopologyDraft | undefined,
  next: T,
  by: string,
  now: Date,
): T {
  const out: Record<string, unknown> = { ...next };
  const previous: Record<string, unknown> = { ...stored };
  for (const key of checklistKeys) {
    const ticks = out[key] as Ticks | undefined;
    if (!ticks) continue;
    const stamped = stampTicks(previous[key] as Ticks | undefined, ticks, by, now.toISOString());
    // Drop undefined by/at so the stored JSON has no empty keys.
    out[key] = JSON.parse(JSON.stringify(stamped)) as Ticks;
  }
  return out as T;
}
