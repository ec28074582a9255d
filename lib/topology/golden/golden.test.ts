// The CLI batch and rollback for both examples (examples/*.json), compared line by line with the
// checked-in golden files. Run with UPDATE_GOLDEN=1 (UPDATE_GOLDEN=1 npx vitest run
// lib/topology/golden) to rewrite them after an intended change, then review the diff like code.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import { cliBatch, cliRollback } from "../export";
import { igelExample, xenMobileExample } from "../testing/examples";

const cases = [
  { file: "igel-ums.cli", text: () => cliBatch(compile(igelExample())) },
  { file: "igel-ums.rollback.cli", text: () => cliRollback(compile(igelExample())) },
  { file: "xenmobile.cli", text: () => cliBatch(compile(xenMobileExample())) },
  { file: "xenmobile.rollback.cli", text: () => cliRollback(compile(xenMobileExample())) },
];

describe("golden CLI files", () => {
  it.each(cases)("$file matches line by line", ({ file, text }) => {
    const goldenPath = path.join(import.meta.dirname, file);
    const actual = text();
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, actual);
    expect(existsSync(goldenPath), `${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    const expected = readFileSync(goldenPath, "utf8").split("\n");
    const lines = actual.split("\n");
    for (let i = 0; i < Math.max(lines.length, expected.length); i++) {
      expect(lines[i], `${file} line ${i + 1}`).toBe(expected[i]);
    }
  });
});
