// One NITRO session per appliance + user + partition + credentials/TLS settings. Clients are
// cheap handles on a pooled session; the session logs out when its last handle is disposed
// (or at shutdown). Editing an appliance's password or TLS settings changes the key, so the
// next client gets a fresh session instead of one that would fail or trust the old pin.
import { createHash } from "node:crypto";
import { NitroClient } from "./client";
import { HaGuard } from "./ha-guard";
import { NitroSession } from "./session";
import type { ApplianceConnection } from "./types";
import { parseBaseUrl } from "./url";

interface PoolEntry {
  session: NitroSession;
  ha: HaGuard;
  refs: number;
}

interface Registry {
  pool: Map<string, PoolEntry>;
  /** Every session not yet disposed, pooled or not, so shutdown can log all of them out. */
  live: Set<NitroSession>;
}

// Kept on globalThis so a dev-server hot reload does not strand logged-in sessions.
const holder = globalThis as typeof globalThis & { __nitroSessionRegistry?: Registry };
const registry: Registry = (holder.__nitroSessionRegistry ??= { pool: new Map(), live: new Set() });

function poolKey(conn: ApplianceConnection): string {
  const partition = conn.partition?.trim() || "default";
  const secret = createHash("sha256")
    .update(JSON.stringify([conn.password, conn.tls, conn.timeoutMs ?? null, conn.retries ?? null]))
    .digest("hex");
  return [parseBaseUrl(conn.baseUrl).origin, conn.username, partition, secret].join("\n");
}

/** A client on the pooled session for this connection; dispose() it when done. */
export function getNitroClient(conn: ApplianceConnection): NitroClient {
  const key = poolKey(conn);
  let entry = registry.pool.get(key);
  if (!entry || entry.session.isDisposed) {
    const session = new NitroSession(conn);
    entry = { session, ha: new HaGuard(session), refs: 0 };
    registry.pool.set(key, entry);
    registry.live.add(session);
  }
  const current = entry;
  current.refs++;
  return new NitroClient(current.session, current.ha, async () => {
    current.refs--;
    if (current.refs > 0) return;
    if (registry.pool.get(key) === current) registry.pool.delete(key);
    registry.live.delete(current.session);
    await current.session.dispose();
  });
}

/** A client with its own, unpooled session (e.g. to test credentials not yet saved). */
export function createNitroClient(conn: ApplianceConnection): NitroClient {
  const session = new NitroSession(conn);
  registry.live.add(session);
  return new NitroClient(session, new HaGuard(session), async () => {
    registry.live.delete(session);
    await session.dispose();
  });
}

/** Log out every session (server shutdown). Clients still held afterwards fail with "disposed". */
export async function disposeAllNitroSessions(): Promise<void> {
  const sessions = [...registry.live];
  registry.pool.clear();
  registry.live.clear();
  await Promise.all(sessions.map((session) => session.dispose()));
}

/** Number of pooled sessions (for health output and tests). */
export function nitroSessionCount(): number {
  return registry.live.size;
}
