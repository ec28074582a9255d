// Stage order: removals deepest → shallowest, then writes shallowest → deepest, by true
// dependency depth (dependsOn), so both shipped examples apply in two write stages.
import { describe, expect, it } from "vitest";
import { diff, buildLiveState } from "@/lib/topology/plan";
import { igelDesired, xenMobileDesired } from "@/lib/topology/plan/testing/fixtures";
import { readBack } from "@/lib/topology/plan/testing/read-back";
import { tracked } from "@/lib/topology/plan/testing/tracked";
import { desiredFromFile, EXAMPLE_FILES } from "./testing/example-desired";
import { countChanges, dependencyDepth, dependencyDepths, schedule } from "./levels";
import { isBinding } from "./requests";

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
      "remove:2",
      "remove:1",
      "write:1",
      "write:2",
    ]);
    const removed = stages[0]?.operations.map((op) => op.item.resource) ?? [];
    expect(removed.every(isBinding)).toBe(true);
    expect(countChanges(stages)).toBe(
      plan.summary.delete + 2 * plan.summary.replace + plan.summary.update + plan.summary.create,
    );
  });

  it.each(Object.entries(EXAMPLE_FILES))(
    "applies the %s example in two write stages: independent objects together, then bindings",
    (_name, file) => {
      const desired = desiredFromFile(file);
      expect(dependencyDepth(desired)).toBe(2);
      const plan = diff(desired, buildLiveState({}), []);
      const stages = schedule(plan, desired);
      expect(stages.map((s) => `${s.phase}:${s.level}`)).toEqual(["write:1", "write:2"]);
      const [objects, bindings] = stages.map(
        (s) => new Set(s.operations.map((o) => o.item.resource)),
      );
      // Servers, service groups, vservers (and monitors, DNS records) share the first stage.
      expect(objects).toEqual(
        new Set(desired.objects.map((o) => o.resource).filter((r) => !isBinding(r))),
      );
      expect([...(bindings ?? [])].every(isBinding)).toBe(true);
      expect(stages.reduce((n, s) => n + s.operations.length, 0)).toBe(desired.objects.length);
    },
  );

  it("puts every object after everything it depends on", () => {
    for (const desired of [
      igelDesired(4),
      xenMobileDesired(3),
      desiredFromFile(EXAMPLE_FILES.xms),
    ]) {
      const depths = dependencyDepths(desired);
      for (const object of desired.objects) {
        for (const id of object.dependsOn) {
          expect(depths.get(id) ?? 0).toBeLessThan(depths.get(object.id) ?? 0);
        }
        // Objects no longer wanted are staged by kind: the depth compile gives them too.
        expect(depths.get(object.id)).toBe(isBinding(object.resource) ? 2 : 1);
      }
    }
  });
});
