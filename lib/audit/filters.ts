// The audit log's filters come from the URL (a filtered view is a link to share), so anything
// may arrive: a value that makes no sense is dropped with a short notice, never an error page.
import { isKnownAction, type KnownAction } from "@/lib/audit/action-labels";
import { isActionCategory, type ActionCategory } from "@/lib/audit/action-categories";
import { decodeCursor, type AuditCursor } from "@/lib/audit/cursor";
import { dayStart, isTimeZone } from "@/lib/audit/day-range";

export type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

export interface AuditFilters {
  actorId?: string;
  /** One exact action, or a category (every action with that prefix). */
  action?: KnownAction;
  category?: ActionCategory;
  topologyId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive (the start of the day after the chosen one). */
  to?: Date;
  /** Free text matched against the action's name and its wording. */
  text?: string;
}

export interface AuditPage {
  before?: AuditCursor;
  after?: AuditCursor;
}

/** The accepted values as the URL spelt them: what the form shows and what links carry. */
export interface AuditFilterValues {
  action: string;
  actor: string;
  topology: string;
  from: string;
  to: string;
  q: string;
  tz: string;
}

export interface ParsedAuditSearch {
  filters: AuditFilters;
  page: AuditPage;
  values: AuditFilterValues;
  notices: string[];
}

/** Who and what may be filtered on: the workspace's members and topologies. */
export interface FilterChoices {
  actorIds: ReadonlySet<string>;
  topologyIds: ReadonlySet<string>;
}

export const MAX_SEARCH_LENGTH = 100;

function single(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

/** Quoted for a notice, and short: the value came from a URL anyone can type. */
const quote = (value: string) => `“${value.length > 40 ? `${value.slice(0, 40)}…` : value}”`;

export function parseAuditSearch(params: SearchParams, choices: FilterChoices): ParsedAuditSearch {
  const notices: string[] = [];
  const filters: AuditFilters = {};
  const page: AuditPage = {};
  const values: AuditFilterValues = {
    action: "",
    actor: "",
    topology: "",
    from: "",
    to: "",
    q: "",
    tz: "",
  };

  const action = single(params, "action");
  if (isKnownAction(action)) [filters.action, values.action] = [action, action];
  else if (isActionCategory(action)) [filters.category, values.action] = [action, action];
  else if (action) notices.push(`No action is called ${quote(action)}: showing every action.`);

  const actor = single(params, "actor");
  if (choices.actorIds.has(actor)) [filters.actorId, values.actor] = [actor, actor];
  else if (actor) notices.push("That person is not a member of this workspace: showing everyone.");

  const topology = single(params, "topology");
  if (choices.topologyIds.has(topology))
    [filters.topologyId, values.topology] = [topology, topology];
  else if (topology) notices.push("That topology does not exist here: showing every topology.");

  const tz = single(params, "tz");
  let zone = "UTC";
  if (tz && isTimeZone(tz)) [zone, values.tz] = [tz, tz];
  else if (tz) notices.push(`Unknown time zone ${quote(tz)}: dates are read as UTC days.`);

  const fromText = single(params, "from");
  const from = fromText ? dayStart(fromText, zone) : null;
  if (fromText && !from)
    notices.push(`${quote(fromText)} is not a date: the From date is ignored.`);
  const toText = single(params, "to");
  const to = toText ? dayStart(toText, zone, 1) : null;
  if (toText && !to) notices.push(`${quote(toText)} is not a date: the To date is ignored.`);
  if (from && to && from >= to) {
    notices.push("The From date is after the To date: both are ignored.");
  } else {
    if (from) [filters.from, values.from] = [from, fromText];
    if (to) [filters.to, values.to] = [to, toText];
  }

  const q = single(params, "q");
  if (q.length > MAX_SEARCH_LENGTH) {
    notices.push(`The search text is longer than ${MAX_SEARCH_LENGTH} characters: ignored.`);
  } else if (q) {
    [filters.text, values.q] = [q, q];
  }

  // A page link from a view that no longer matches is harmless: it falls back to the newest.
  const before = single(params, "before");
  const after = single(params, "after");
  const cursor = before ? decodeCursor(before) : after ? decodeCursor(after) : null;
  if (cursor && before) page.before = cursor;
  else if (cursor) page.after = cursor;
  else if (before || after) notices.push("That page link is not valid: showing the newest events.");

  return { filters, page, values, notices };
}
