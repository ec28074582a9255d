// Round trips as the simulator measures them: every NITRO request's arrival and answer, and
// sequential waves (requests overlapping in time are one wave).
import { describe, expect, it } from "vitest";
import { countWaves, type RequestSpan } from "./index";
import { simulatorWithClientPerFile } from "./testing/client-per-file";

const lab = simulatorWithClientPerFile();

const span = (start: number, end: number): RequestSpan => ({ key: "GET config/x", start, end });

describe("countWaves", () => {
  it("counts a request sent after every earlier one was answered as a new wave", () => {
    expect(countWaves([])).toBe(0);
    expect(countWaves([span(0, 10), span(10, 20), span(25, 30)])).toBe(3);
    expect(countWaves([span(0, 10), span(1, 12), span(2, 11)])).toBe(1);
    // A request that overlaps a still-open one joins its wave, in any order of the list.
    expect(countWaves([span(20, 30), span(0, 10), span(5, 25)])).toBe(1);
    expect(countWaves([span(0, 10), span(5, 15), span(16, 20), span(17, 18)])).toBe(2);
  });
});

describe("request spans", () => {
  it("shows parallel requests as one wave and sequential ones as one wave each", async () => {
    lab.sim.control.setFaults({ latencyMs: 60 });
    lab.sim.control.resetCounters();
    await Promise.all(
      ["server", "lbvserver", "servicegroup"].map((t) => lab.nitro.get(`config/${t}`)),
    );
    expect(lab.sim.control.waves()).toBe(1);
    for (const t of ["server", "lbvserver"]) await lab.nitro.get(`config/${t}`);
    expect(lab.sim.control.waves()).toBe(3);
    const spans = lab.sim.control.requestSpans();
    expect(spans.map((s) => s.key)).toEqual(
      expect.arrayContaining([
        "GET config/server",
        "GET config/lbvserver",
        "GET config/servicegroup",
      ]),
    );
    expect(spans).toHaveLength(5);
    expect(spans.every((s) => s.end - s.start >= 50)).toBe(true);
    lab.sim.control.resetCounters();
    expect(lab.sim.control.requestSpans()).toEqual([]);
  });
});
