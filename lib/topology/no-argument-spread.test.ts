// A list spread into a call's arguments (push(...rows), Math.max(...widths)) throws a RangeError
// once it holds more items than the engine takes arguments (~120,000 in V8): an imported file
// with 200,000 rows once answered "Maximum call stack size exceeded". The core and the wizard
// handle lists that come from files and requests, so neither spreads into a call.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOTS = [import.meta.dirname, path.resolve(import.meta.dirname, "../wizard")];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    // testing/ builds fast-check arbitraries from fixed lists (fc.constantFrom(...values)).
    if (entry.isDirectory()) return entry.name === "testing" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

/** "line: code" for every spread argument of a call or `new` in the text. */
export function argumentSpreads(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isSpreadElement(node) &&
      (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${line + 1}: ${node.parent.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no list is spread into a call's arguments", () => {
  it("finds one where there is one", () => {
    expect(argumentSpreads("x.ts", "out.push(...rows);\nconst a = [...rows];")).toEqual([
      "1: out.push(...rows)",
    ]);
    expect(argumentSpreads("x.ts", "Math.max(0, ...widths.map((w) => w));")).toHaveLength(1);
  });

  const files = ROOTS.flatMap(sourceFiles);
  it.each(files.map((f) => [path.relative(process.cwd(), f), f]))("%s", (_name, file) => {
    expect(argumentSpreads(file, readFileSync(file, "utf8"))).toEqual([]);
  });
});
