import { describe, expect, it } from "vitest";
import { defaultIgelUmsDocument } from "@/lib/topology/schema/defaults";
import { igelExample } from "@/lib/topology/testing/examples";
import { validateDocument } from "@/lib/topology/validate";
import { stepStatuses, visitedSteps } from "./step-status";
import { asStepId, neighbours } from "./steps";

describe("stepper", () => {
  it("treats every step up to the furthest one worked on as visited", () => {
    expect([...visitedSteps("IGEL_UMS", ["database"], "servers")]).toEqual([
      "prerequisites",
      "database",
      "servers",
    ]);
    expect(visitedSteps("IGEL_UMS", [], null).size).toBe(0);
  });

  it("marks each step valid, with errors, or not visited", () => {
    const doc = defaultIgelUmsDocument("x");
    const visited = new Set(["prerequisites", "database", "servers", "review"]);
    const status = stepStatuses("IGEL_UMS", validateDocument(doc), visited);
    expect(status.prerequisites?.state).toBe("valid");
    expect(status.prerequisites?.warnings).toBe(5);
    expect(status.database?.state).toBe("errors");
    expect(status.servers?.state).toBe("errors");
    expect(status.network?.state).toBe("unvisited");
    expect(status.review?.state).toBe("errors");
    const complete = stepStatuses("IGEL_UMS", validateDocument(igelExample()), visited);
    expect(complete.review?.state).toBe("valid");
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
