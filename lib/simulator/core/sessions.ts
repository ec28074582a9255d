import { randomBytes } from "node:crypto";
import { DEFAULT_PARTITION } from "./store";

export interface Session {
  token: string;
  username: string;
  partition: string;
  timeoutMs: number;
  lastUsed: number;
}

// Sessions die after `timeout` seconds of inactivity (30 min without one, as on the appliance).
// A token that is not live (logged out, timed out, killed, never issued) answers 444.
const DEFAULT_TIMEOUT_S = 1800;

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(username: string, timeoutS: number | undefined, now: number): Session {
    const token = `##${randomBytes(24).toString("hex").toUpperCase()}`;
    const seconds = timeoutS && timeoutS > 0 ? timeoutS : DEFAULT_TIMEOUT_S;
    const session = {
      token,
      username,
      partition: DEFAULT_PARTITION,
      timeoutMs: seconds * 1000,
      lastUsed: now,
    };
    this.sessions.set(token, session);
    return session;
  }

  /** The live session for a token (refreshing its idle timer), if any. */
  lookup(token: string, now: number): Session | undefined {
    const session = this.sessions.get(token);
    if (!session) return undefined;
    if (now - session.lastUsed > session.timeoutMs) {
      this.sessions.delete(token);
      return undefined;
    }
    session.lastUsed = now;
    return session;
  }

  remove(token: string): void {
    this.sessions.delete(token);
  }

  /** Kills every session (fault injection); returns how many were live. */
  expireAll(): number {
    const count = this.sessions.size;
    this.sessions.clear();
    return count;
  }

  count(): number {
    return this.sessions.size;
  }

  /** After a reset removed partitions, sessions fall back to the default one. */
  leavePartitions(keep: (partition: string) => boolean): void {
    for (const s of this.sessions.values()) if (!keep(s.partition)) s.partition = DEFAULT_PARTITION;
  }

  inPartition(partition: string): boolean {
    return [...this.sessions.values()].some((s) => s.partition === partition);
  }
}
