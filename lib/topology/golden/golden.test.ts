// The CLI batch and rollback for both examples (examples/*.json), compared line by line with the
// checked-in golden files. Run with UPDATE_GOLDEN=1 (UPDATE_GOLDEN=1 npx vitest run
// lib/topology/golden) to rewrite them after an intended change, then review the diff like code.
import path from "node:path";
import { describe, it } from "vitest";
import { compile } from "../compile";
import { cliBatch, cliRollback } from "../export";
import { igelExample, xenMobileExample } from "../testing/examples";
import { expectMatchesGolden } from "../testing/golden-file";

const cases = [
  { file: "igel-ums.cli", text: () => cliBatch(compile(igelExample())) },
  { file: "igel-ums.rollback.cli", text: () => cliRollback(compile(igelExample())) },
  { file: "xenmobile.cli", text: () => cliBatch(compile(xenMobileExample())) },
  { file: "xenmobile.rollback.cli", text: () => cliRollback(compile(xenMobileExample())) },
];

describe("golden CLI files", () => {
  it.each(cases)("$file matches line by line", ({ file, text }) => {
    expectMatchesGolden(path.join(import.meta.dirname, file), text());
  });
});
