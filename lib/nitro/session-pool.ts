// One NITRO session per appliance + user + partition + credentials/TLS settings. Clients are
// cheap handles on a pooled session. When its last handle is disposed the session stays logged
// in for an idle period (5 minutes by default, well inside the 30-minute session timeout the
// login asks for), so the plan a page shows, the apply that follows and the next page's plan
// share one login; it logs out when the idle period ends unused (or at shutdown), and nobody
// waits for that logout. Editing an appliance's password or TLS settings changes the key, so
// the next client gets a fresh session instead of one that would fail or trust the old pin.
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
  /** Set while no client holds the session: when it fires, the session logs out. */
  idle?: NodeJS.Timeout;
}

export const DEFAULT_SESSION_IDLE_MS = 300_000;

interface Registry {
  pool: Map<string, PoolEntry>;
  /** Every session not yet disposed, pooled or not, so shutdown can log all of them out. */
  live: Set<NitroSession>;
  idleMs: number;
}

// Kept on globalThis so a dev-server hot reload does not strand logged-in sessions.
const holder = globalThis as typeof globalThis & { __nitroSessionRegistry?: Registry };
const registry: Registry = (holder.__nitroSessionRegistry ??= {
  pool: new Map(),
  live: new Set(),
  idleMs: DEFAULT_SESSION_IDLE_MS,
});
// A registry left by a hot reload of an older version of this module.
registry.idleMs ??= DEFAULT_SESSION_IDLE_MS;

/**
 * How long a pooled session stays logged in after its last client is released. 0 logs out at
 * once (and dispose() then waits for the logout), as a one-shot process might want.
 */
export function setNitroSessionIdleMs(ms: number): void {
  registry.idleMs = Math.max(0, ms);
}

function close(key: string, entry: PoolEntry): Promise<void> {
  if (registry.pool.get(key) === entry) registry.pool.delete(key);
  registry.live.delete(entry.session);
  return entry.session.dispose();
}

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
  clearTimeout(current.idle);
  current.idle = undefined;
  return new NitroClient(current.session, current.ha, async () => {
    current.refs--;
    if (current.refs > 0) return;
    if (registry.idleMs === 0) return close(key, current);
    current.idle = setTimeout(() => {
      // A logout that fails (appliance gone) leaves a session that expires on its own.
      close(key, current).catch(() => undefined);
    }, registry.idleMs);
    current.idle.unref();
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
  for (const entry of registry.pool.values()) clearTimeout(entry.idle);
  registry.pool.clear();
  registry.live.clear();
  await Promise.all(sessions.map((session) => session.dispose()));
}

/** Number of pooled sessions (for health output and tests). */
export function nitroSessionCount(): number {
  return registry.live.size;
}
