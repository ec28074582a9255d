// Stage order: removals high level → low, then writes low → high.
import { describe, expect, it } from "vitest";
import { diff, buildLiveState } from "@/lib/topology/plan";
import { igelDesired } from "@/lib/topology/plan/testing/fixtures";
import { readBack } from "@/lib/topology/plan/testing/read-back";
import { tracked } from "@/lib/topology/plan/testing/tracked";
import { countChanges, schedule } from "./levels";

describe("schedule", () => {
  it("removes before it writes, bindings before what they bind", () => {
    const old = igelDesired(3);
    const wanted = igelDesired(2);
    const rows = readBack(old.objects);
    const vs = rows.lbvserver?.[0];
    if (vs) vs.port = 1;
    const plan = diff(wanted, buildLiveState(rows), tracked(old.objects));
    const stages = schedule(plan, wanted);
    expect(stages.map((s) => `${s.phase}:${s.level}`)).toEqual([
      "remove:4",
      "remove:3",
      "remove:2",
      "remove:0",
      "write:3",
      "write:4",
    ]);
    expect(countChanges(stages)).toBe(
      plan.summary.delete + 2 * plan.summary.replace + plan.summary.update + plan.summary.create,
    );
  });
});
