import { describe, expect, it } from "vitest";
import { bulkResult } from "./bulk";

const failed = { errorcode: 273, message: "Resource already exists", severity: "ERROR" };
const done = { errorcode: 0, message: "Done", severity: "NONE" };

describe("bulkResult", () => {
  it("marks every item ok on 201", () => {
    expect(bulkResult(201, {}, 2, "exit")).toEqual({
      ok: true,
      rolledBack: false,
      items: [
        { index: 0, status: "ok" },
        { index: 1, status: "ok" },
      ],
    });
  });

  it("reads each item of a 207 with continue", () => {
    const result = bulkResult(
      207,
      { errorcode: 1243, response: [done, failed, done] },
      3,
      "continue",
    );
    expect(result.ok).toBe(false);
    expect(result.rolledBack).toBe(false);
    expect(result.items.map((i) => i.status)).toEqual(["ok", "failed", "ok"]);
    expect(result.items[1]).toMatchObject({ errorcode: 273, message: "Resource already exists" });
  });

  it("marks items after the failure as not attempted with exit", () => {
    const result = bulkResult(207, { errorcode: 1243, response: [done, failed] }, 4, "exit");
    expect(result.items.map((i) => i.status)).toEqual([
      "ok",
      "failed",
      "not_attempted",
      "not_attempted",
    ]);
  });

  it("reports a rollback", () => {
    const result = bulkResult(207, { errorcode: 1243, response: [done, failed] }, 2, "rollback");
    expect(result.rolledBack).toBe(true);
    expect(result.ok).toBe(false);
    expect(result.items.map((i) => i.status)).toEqual(["rolled_back", "failed"]);
  });
});
