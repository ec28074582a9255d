import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ApplyRunStatus, isRunFinished } from "./run-status";

describe("apply run status", () => {
  it("is finished in every status but RUNNING", () => {
    const finished = Object.values(ApplyRunStatus).filter(isRunFinished);
    expect(finished).toEqual(["SUCCEEDED", "FAILED", "ROLLED_BACK", "INTERRUPTED"]);
  });

  it("comes from a generated module that imports nothing (safe in client bundles)", () => {
    const source = readFileSync(
      path.join(import.meta.dirname, "../generated/prisma/enums.ts"),
      "utf8",
    );
    expect(source).not.toMatch(/^\s*(import|export \* from|export .* from)/m);
  });
});
