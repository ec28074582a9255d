import type { OpContext } from "../core/context";
import { removeRows } from "../core/rows";

// An SSL vserver (LB or Gateway) owns an `sslvserver` entity with the same name holding its TLS
// settings and certificate bindings; it appears and disappears with the vserver.

export function addSslTwin(ctx: OpContext, name: string): void {
  const table = ctx.table("sslvserver");
  if (!table.some((r) => r.vservername === name)) table.push({ vservername: name });
}

export function removeSslTwin(ctx: OpContext, name: string): void {
  removeRows(ctx.table("sslvserver"), (r) => r.vservername === name);
  removeRows(ctx.table("sslvserver_sslcertkey_binding"), (r) => r.vservername === name);
}
