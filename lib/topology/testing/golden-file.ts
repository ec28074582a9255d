// Golden-file comparison for generated text: line by line, so a failure names the first line
// that changed. UPDATE_GOLDEN=1 rewrites the file first, for an intended change to review.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

export function expectMatchesGolden(goldenPath: string, actual: string): void {
  const file = path.basename(goldenPath);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, actual);
  expect(existsSync(goldenPath), `${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  const expected = readFileSync(goldenPath, "utf8").split("\n");
  const lines = actual.split("\n");
  for (let i = 0; i < Math.max(lines.length, expected.length); i++) {
    expect(lines[i], `${file} line ${i + 1}`).toBe(expected[i]);
  }
}
