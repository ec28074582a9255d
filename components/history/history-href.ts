// Every state of the history page lives in its address, so a comparison or a pending restore
// can be linked and survives a reload.
export interface HistorySearch {
  from?: number | null;
  to?: number | null;
  /** How many revisions the list shows ("Load more" raises it). */
  shown?: number | null;
  /** The revision whose restore is being confirmed. */
  restore?: number | null;
  /** After a restore: the new version and the one it restored. */
  restored?: number | null;
  source?: number | null;
}

export function historyHref(topologyId: string, search: HistorySearch = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (typeof value === "number") params.set(key, String(value));
  }
  const query = params.toString();
  return `/topologies/${topologyId}/history${query ? `?${query}` : ""}`;
}

/** A positive whole number from a search parameter, else null. */
export function versionParam(raw: string | string[] | undefined): number | null {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (!text || !/^\d{1,9}$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 ? value : null;
}
