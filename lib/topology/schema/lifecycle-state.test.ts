import { describe, expect, it } from "vitest";
import type { ApplyRunStatus } from "@/lib/generated/prisma/enums";
import { topologyState } from "./lifecycle-state";

describe("topologyState", () => {
  it.each<[boolean, boolean, ApplyRunStatus | null, string]>([
    [false, false, null, "draft"],
    [true, false, null, "draft"],
    [false, true, null, "draft"],
    [true, true, null, "planned"],
    [true, true, "SUCCEEDED", "applied"],
    // The last run decides, even if the document was edited into an invalid state since.
    [false, true, "SUCCEEDED", "applied"],
    [true, true, "FAILED", "apply_failed"],
    [true, true, "ROLLED_BACK", "apply_failed"],
    [true, true, "INTERRUPTED", "apply_failed"],
    [true, true, "RUNNING", "applying"],
  ])(
    "valid %s, appliance %s, last run %s → %s",
    (documentValid, applianceChosen, lastRun, state) => {
      expect(topologyState({ documentValid, applianceChosen, lastRun })).toBe(state);
    },
  );
});
