export interface ChecklistItem {
  id: string;
  /** Short imperative line for the checkbox. */
  title: string;
  /** The same task with this topology's values filled in. */
  detail: string;
}

/** A value for display in a checklist: what the admin entered, or a visible placeholder. */
export function shown(value: string | number | undefined): string {
  return value === undefined || value === "" ? "(not entered yet)" : String(value);
}
