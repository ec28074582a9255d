// Objects that would be refused for clashing with a differently named live object: a server
// on an IP another server already has (NITRO 1335), a vserver on a VIP:port in use (304).
// Reported as conflicts up front instead of failing (and rolling back) mid-apply.
import type { LiveState, PlanItem } from "./types";

function text(value: unknown): string {
  return value === undefined || value === null ? "" : String(value).trim();
}

function clashMessage(
  item: PlanItem,
  live: LiveState,
  removed: ReadonlySet<string>,
): string | null {
  const wanted = item.attributes ?? {};
  for (const other of live.objects.values()) {
    if (other.resource !== item.resource || other.identityKey === item.identityKey) continue;
    if (removed.has(other.identityKey)) continue;
    const name = text(other.record.name);
    if (item.resource === "server") {
      const ip = text(wanted.ipaddress);
      if (ip && ip === text(other.record.ipaddress)) {
        return `IP address ${ip} already belongs to server "${name}"`;
      }
    }
    if (item.resource === "lbvserver") {
      const vip = text(wanted.ipv46);
      const port = Number(wanted.port ?? 0);
      if (vip && vip !== "0.0.0.0" && port > 0) {
        if (vip === text(other.record.ipv46) && port === Number(other.record.port)) {
          return `${vip}:${port} is already used by vserver "${name}"`;
        }
      }
    }
  }
  return null;
}

/** Turns clashing creates and replaces into (non-adoptable) conflicts. */
export function markClashes(items: PlanItem[], live: LiveState): void {
  const removed = new Set(
    items
      .filter((item) => item.action === "delete" || item.action === "replace")
      .map((item) => item.identityKey),
  );
  for (const item of items) {
    if (item.action !== "create" && item.action !== "replace") continue;
    if (item.resource !== "server" && item.resource !== "lbvserver") continue;
    const message = clashMessage(item, live, removed);
    if (!message) continue;
    item.action = "conflict";
    item.dangerous = false;
    item.adoptable = false;
    item.reason = message;
  }
}
