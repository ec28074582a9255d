import { describe, expect, it } from "vitest";
import { FLAP_LIMIT, FLAP_WINDOW_MS, step, type AlertLife } from "./transition";

const at = (s: number) => new Date(Date.UTC(2026, 11, 8) + s * 1000);

function run(changes: boolean[], holdMs = 0, start = 0, every = 10) {
  let life: AlertLife | null = null;
  const notices: string[] = [];
  changes.forEach((active, i) => {
    const { next, notify } = step(life, active, at(start + i * every), holdMs);
    if (next) life = next;
    if (notify) notices.push(notify);
  });
  return { life: life as AlertLife | null, notices };
}

describe("alert life", () => {
  it("waits for the hold time and says nothing when it clears before", () => {
    expect(run([true, true, false], 60_000).notices).toEqual([]);
    expect(run([true, true, true, true, true, true, true], 60_000).notices).toEqual(["firing"]);
  });

  it("notifies each change once (de-duplication)", () => {
    expect(run([true, true, true, false, false, true]).notices).toEqual([
      "firing",
      "resolved",
      "firing",
    ]);
  });

  it("turns more than FLAP_LIMIT changes in a window into one flapping notice, then the settled state", () => {
    const flaps = Array.from({ length: 12 }, (_, i) => i % 2 === 0);
    const { life, notices } = run(flaps);
    expect(notices.slice(0, FLAP_LIMIT)).toEqual(["firing", "resolved", "firing", "resolved"]);
    expect(notices.slice(FLAP_LIMIT)).toEqual(["flapping"]);
    expect(life?.flapping).toBe(true);
    // Quiet for a whole window: the current state is said once and flapping ends.
    const settled = step(life, false, new Date(at(200).getTime() + FLAP_WINDOW_MS), 0);
    expect(settled.notify).toBe("resolved");
    expect(settled.next?.flapping).toBe(false);
  });
});
