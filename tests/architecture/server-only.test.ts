// `import "server-only"` throws anywhere but in Next's server build, so the scripts run with
// tsx (cli, sim, bench, start, build, db-migrate…) and the Playwright suite must never reach a
// module that says it; and the modules holding the session and the server actions must say it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildImportGraph, reachableFrom, REPO_ROOT } from "./import-graph";

const MARK = /^import "server-only";$/m;
const marked = (file: string) => MARK.test(readFileSync(path.join(REPO_ROOT, file), "utf8"));

describe("server-only", () => {
  const graph = buildImportGraph(["app", "components", "lib", "scripts", "e2e"]);
  const entries = [...graph.keys()].filter(
    (file) =>
      (file.startsWith("scripts/") && !file.endsWith(".test.ts")) || file.startsWith("e2e/"),
  );

  it("is never reached from the scripts or the end-to-end suite", () => {
    expect(entries).toContain("scripts/cli.ts");
    const reached = [...reachableFrom(graph, entries)].filter(marked);
    expect(reached, "these run under tsx or Playwright, outside Next").toEqual([]);
  });

  it.each([
    "lib/auth/session.ts",
    "lib/safe-action.ts",
    "lib/public-action.ts",
    "lib/auth/auth.ts",
  ])("marks %s", (file) => {
    expect(marked(file)).toBe(true);
  });
});
