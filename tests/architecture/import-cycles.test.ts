// No import cycles among the app's own modules, type-only imports included: a cycle means two
// modules are one unit in disguise (or a type lives in the wrong file), and runtime cycles
// leave one side's exports undefined while the other is still loading.
import { describe, expect, it } from "vitest";
import { buildImportGraph, findCycles, type ImportGraph } from "./import-graph";

const FOLDERS = ["app", "components", "lib", "scripts"];

describe("the import graph", () => {
  const graph = buildImportGraph(FOLDERS);

  it("covers the source folders", () => {
    expect(graph.size).toBeGreaterThan(500);
    expect(graph.get("lib/apply/plan-service.ts")).toContain("lib/apply/read-live.ts");
  });

  it("has no cycles", () => {
    const cycles = findCycles(graph).map((cycle) => cycle.join(" → "));
    expect(cycles, `import cycles:\n${cycles.join("\n")}`).toEqual([]);
  });
});

describe("findCycles", () => {
  const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  it("names each cycle's files in import order", () => {
    const graph = graphOf({ a: ["b"], b: ["c"], c: ["a"], d: ["a"] });
    expect(findCycles(graph)).toEqual([["a", "b", "c", "a"]]);
  });

  it("finds a file importing itself and separate cycles separately", () => {
    const graph = graphOf({ a: ["a"], b: ["c"], c: ["b"], e: [] });
    expect(findCycles(graph)).toEqual(
      expect.arrayContaining([
        ["a", "a"],
        ["b", "c", "b"],
      ]),
    );
    expect(findCycles(graph)).toHaveLength(2);
  });

  it("accepts a graph without cycles", () => {
    expect(findCycles(graphOf({ a: ["b", "c"], b: ["c"], c: [] }))).toEqual([]);
  });
});
