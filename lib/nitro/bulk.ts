// Per-item results of a bulk request. All items fine: 200/201. Any failure: HTTP 207 with
// errorcode 1243 and a response[] entry per processed item; with onError exit/rollback the list
// ends at the failing item (docs/nitro.md#bulk-requests).
import { toNumber, type NitroBody } from "./envelope";
import type { BulkItemResult, BulkOnError, BulkResult } from "./types";

export function bulkResult(
  status: number,
  body: NitroBody,
  itemCount: number,
  onError: BulkOnError,
): BulkResult {
  if (status !== 207) {
    const items = Array.from({ length: itemCount }, (_, index) => ({
      index,
      status: "ok" as const,
    }));
    return { ok: true, rolledBack: false, items };
  }
  const replies = Array.isArray(body.response) ? body.response : [];
  const items: BulkItemResult[] = [];
  let failed = false;
  for (let index = 0; index < itemCount; index++) {
    const reply: unknown = replies[index];
    if (reply === undefined || (failed && onError !== "continue")) {
      items.push({ index, status: "not_attempted" });
      continue;
    }
    const record = typeof reply === "object" && reply !== null ? (reply as NitroBody) : {};
    const errorcode = toNumber(record.errorcode) ?? 0;
    const message = typeof record.message === "string" ? record.message : undefined;
    const ok = errorcode === 0;
    if (!ok) failed = true;
    items.push({ index, status: ok ? "ok" : "failed", errorcode, message });
  }
  const rolledBack = onError === "rollback";
  if (rolledBack) {
    for (const item of items) if (item.status === "ok") item.status = "rolled_back";
  }
  // A 207 always means at least one failure, even if the reply list was cut short.
  return { ok: false, rolledBack, items };
}
