import { describe, expect, it } from "vitest";
import { formatPath, fromDottedPath } from "./json-path";

describe("paths", () => {
  it("reads like the file: dots for names, brackets for positions and other keys", () => {
    expect(formatPath([])).toBe("");
    expect(formatPath(["servers", 1, "address"])).toBe("servers[1].address");
    expect(formatPath(["prerequisites", "database-ha", "done"])).toBe(
      'prerequisites["database-ha"].done',
    );
    expect(formatPath([0, "a b"])).toBe('[0]["a b"]');
  });

  it("turns validation's dotted paths into the same notation", () => {
    expect(fromDottedPath("")).toBe("");
    expect(fromDottedPath("servers.1.address")).toBe("servers[1].address");
    expect(fromDottedPath("loadBalancing.persistence.timeout")).toBe(
      "loadBalancing.persistence.timeout",
    );
  });
});
