import { describe, expect, it } from "vitest";
import { defaultIgelUmsDocument } from "@/lib/topology/schema/defaults";
import { checklist } from "@/lib/topology/checklists";
import { igelExample } from "@/lib/topology/testing/examples";
import { validateDocument } from "@/lib/topology/validate";
import type { TopologyDraft } from "@/lib/topology/schema/document";
import { stepStateText, stepStatuses, visitedSteps, type StepProgress } from "./step-status";
import { asStepId, neighbours } from "./steps";
import { shownChecklists } from "./shown-checklists";

describe("stepper", () => {
  it("treats every step up to the furthest one worked on as visited", () => {
    expect([...visitedSteps("IGEL_UMS", ["database"], "servers")]).toEqual([
      "prerequisites",
      "database",
      "servers",
    ]);
    expect(visitedSteps("IGEL_UMS", [], null).size).toBe(0);
  });

  const fresh: StepProgress = { planned: false, latestRun: null };
  const all = new Set(["prerequisites", "database", "servers", "network", "load-balancing"]);
  const everyStep = new Set([...all, "dns", "review", "apply", "after"]);

  function ticked(doc: TopologyDraft, list: "prerequisites" | "after"): TopologyDraft {
    const ticks = Object.fromEntries(checklist(doc, list).map((item) => [item.id, { done: true }]));
    return { ...doc, [list]: ticks } as TopologyDraft;
  }
  const statusOf = (doc: TopologyDraft, visited: Set<string>, progress = fresh) =>
    stepStatuses(doc, validateDocument(doc), visited, progress, shownChecklists(doc));

  it("marks a form step not started, with errors, with warnings, or done", () => {
    const blank = statusOf(defaultIgelUmsDocument("x"), new Set(["prerequisites", "database"]));
    expect(blank.database?.state).toBe("errors");
    expect(blank.network?.state).toBe("unvisited");
    const example = statusOf(igelExample(), everyStep);
    expect(example.database?.state).toBe("done");
    expect(stepStateText(example.database!)).toBe("done");
    expect(stepStateText(blank.network!)).toBe("not started");
    expect(stepStateText(blank.database!)).toMatch(/^has errors, \d+ to fix$/);
    // A warning on a valid step is a warning mark, not a tick.
    const withWarning = stepStatuses(
      igelExample(),
      { errors: [], warnings: [{ path: "database.host", message: "Check this" }] },
      everyStep,
      fresh,
      shownChecklists(igelExample()),
    );
    expect(withWarning.database?.state).toBe("warnings");
    expect(stepStateText(withWarning.database!)).toBe("done with 1 warning");
  });

  it("marks Prerequisites done only when every item is ticked", () => {
    const doc = defaultIgelUmsDocument("x");
    const none = statusOf(doc, all);
    expect(none.prerequisites?.state).toBe("partial");
    expect(stepStateText(none.prerequisites!)).toMatch(/^0 of \d+ done$/);
    expect(statusOf(doc, new Set()).prerequisites?.state).toBe("unvisited");
    expect(statusOf(ticked(doc, "prerequisites"), all).prerequisites?.state).toBe("done");
  });

  it("counts After the NetScaler as n of m until every item is ticked", () => {
    const doc = igelExample();
    const none = statusOf(doc, new Set());
    const total = checklist(doc, "after").length;
    expect(none.after).toMatchObject({ state: "partial", ticked: { done: 0, total } });
    expect(stepStateText(none.after!)).toBe(`0 of ${total} done`);
    expect(statusOf(ticked(doc, "after"), everyStep).after?.state).toBe("done");
  });

  it("marks Review done once a plan was read, and errors while the topology has any", () => {
    expect(statusOf(igelExample(), everyStep).review?.state).toBe("unvisited");
    const planned = { planned: true, latestRun: null };
    expect(statusOf(igelExample(), everyStep, planned).review?.state).toBe("done");
    const blank = statusOf(defaultIgelUmsDocument("x"), everyStep, planned);
    expect(blank.review?.state).toBe("errors");
  });

  it("marks Apply by the latest run: done, in progress, failed, or not started", () => {
    const apply = (latestRun: StepProgress["latestRun"]) =>
      statusOf(igelExample(), everyStep, { planned: true, latestRun }).apply!;
    expect(apply(null).state).toBe("unvisited");
    expect(apply("SUCCEEDED").state).toBe("done");
    expect(apply("RUNNING").state).toBe("running");
    expect(stepStateText(apply("RUNNING"))).toBe("in progress");
    for (const failed of ["FAILED", "ROLLED_BACK", "INTERRUPTED"] as const) {
      expect(apply(failed).state).toBe("failed");
      expect(stepStateText(apply(failed))).toBe("failed");
    }
  });

  it("knows the neighbours and refuses unknown steps", () => {
    expect(neighbours("IGEL_UMS", "prerequisites")).toEqual({
      previous: null,
      next: "database",
    });
    expect(neighbours("IGEL_UMS", "after").next).toBeNull();
    expect(asStepId("IGEL_UMS", "mdm")).toBeNull();
    expect(asStepId("XENMOBILE", "mdm")).toBe("mdm");
  });
});
