// No browser code imports zod: it would add ~31 KiB gzip to the first-load JavaScript of the
// pages that reach it, and Zod 4 probes eval on its first object parse, which the page CSP
// (proxy.ts) refuses. Validation that needs the schemas runs on the server (server actions,
// e.g. the wizard's checkWizardDraftAction). Type-only imports are free and allowed.
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, resolveSpecifier, sourceFiles } from "./import-graph";

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
const isClient = (text: string) => /^\s*(\/\/.*\n\s*)*["']use client["']/.test(text);
const isServerActions = (text: string) => /^\s*(\/\/.*\n\s*)*["']use server["']/.test(text);

/** Specifiers a file imports for their values (static, re-exported or `import()`). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allTypes =
        clause?.isTypeOnly ||
        (clause !== undefined &&
          clause.name === undefined &&
          named !== undefined &&
          ts.isNamedImports(named) &&
          named.elements.length > 0 &&
          named.elements.every((element) => element.isTypeOnly));
      if (!allTypes) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !node.isTypeOnly
    ) {
      out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("zod in the browser", () => {
  it("is imported by no module a client component reaches", () => {
    const clients = sourceFiles(["app", "components", "lib"]).filter(
      (file) => !file.endsWith(".test.ts") && isClient(read(file)),
    );
    expect(clients.length).toBeGreaterThan(20);
    const offenders: string[] = [];
    const seen = new Set<string>();
    const stack = clients.map((file) => [file]);
    while (stack.length > 0) {
      const trail = stack.pop() ?? [];
      const file = trail[trail.length - 1];
      if (file === undefined || seen.has(file)) continue;
      seen.add(file);
      for (const specifier of valueImports(file)) {
        if (specifier === "zod" || specifier.startsWith("zod/")) {
          offenders.push(trail.join(" → "));
          continue;
        }
        const target = resolveSpecifier(file, specifier);
        // A server action module reaches the browser only as a reference to call.
        if (target && !isServerActions(read(target))) stack.push([...trail, target]);
      }
    }
    expect(offenders).toEqual([]);
  });
});
