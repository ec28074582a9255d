// The core runs in the browser (wizard messages) and in server actions alike: no Node
// built-ins, no I/O, no database or NITRO client. testing/ and *.test.ts may read files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = import.meta.dirname;
const TEST_ONLY = "testing"; // testing/ folders hold test support, like *.test.ts

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === TEST_ONLY ? [] : sourceFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const FORBIDDEN = [
  /from "node:/,
  /from "(fs|path|os|http|https|net|crypto|child_process)"/,
  /from "@\/lib\/(nitro|db|apply|simulator|server|status)/,
  /@prisma|from "pg"/,
  /\bprocess\.|\bfetch\(|\bconsole\.(log|error|warn|info|debug)\(/,
];

describe("the topology core is pure", () => {
  const files = sourceFiles(ROOT);

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))(
    "%s imports nothing impure",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
    },
  );
});
