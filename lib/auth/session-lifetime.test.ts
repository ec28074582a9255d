// The session rule on its own: idle and absolute limits, and how often activity is written.
import { describe, expect, it } from "vitest";
import { needsActivityStamp, sessionEnd, sessionLimits } from "@/lib/auth/session-lifetime";
import { parseEnv } from "@/lib/env";

const MINUTE = 60_000;
const now = Date.UTC(2026, 11, 7, 12);
const at = (minutesAgo: number) => new Date(now - minutesAgo * MINUTE);

describe("session lifetime", () => {
  const limits = sessionLimits(parseEnv({}));

  it("defaults to 30 minutes idle and 12 hours in all", () => {
    expect(limits).toEqual({ idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE });
  });

  it("takes both limits from the environment, and refuses nonsense", () => {
    const env = parseEnv({ SESSION_IDLE_MINUTES: "480", SESSION_MAX_HOURS: "168" });
    expect(sessionLimits(env)).toEqual({ idleMs: 480 * MINUTE, absoluteMs: 168 * 60 * MINUTE });
    expect(() => parseEnv({ SESSION_IDLE_MINUTES: "1" })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => parseEnv({ SESSION_MAX_HOURS: "0" })).toThrow(/SESSION_MAX_HOURS/);
  });

  it("ends a session idle too long, or too old however busy", () => {
    expect(sessionEnd({ createdAt: at(60), updatedAt: at(29) }, now, limits)).toBeNull();
    expect(sessionEnd({ createdAt: at(60), updatedAt: at(30) }, now, limits)).toBe("idle");
    expect(sessionEnd({ createdAt: at(12 * 60), updatedAt: at(0) }, now, limits)).toBe("absolute");
  });

  it("writes the activity at most once a minute", () => {
    expect(needsActivityStamp({ createdAt: at(5), updatedAt: at(0.5) }, now)).toBe(false);
    expect(needsActivityStamp({ createdAt: at(5), updatedAt: at(1) }, now)).toBe(true);
  });
});
