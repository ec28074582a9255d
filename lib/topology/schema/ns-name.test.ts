import { describe, expect, it } from "vitest";
import { isNsName, nsNameProblem } from "./ns-name";

describe("NetScaler name rules", () => {
  it.each(["igel_sg_30001", "_x", "9lives", "a b", "a#b.c:d@e=f-g", "x".repeat(127)])(
    "accepts %s",
    (name) => expect(isNsName(name)).toBe(true),
  );

  it.each([
    ["", "is empty"],
    ["-x", "must begin with a letter, a digit or an underscore"],
    [" x", "must begin with a letter, a digit or an underscore"],
    ["a/b", 'contains "/"; use only letters, digits, spaces and _ # . : @ = -'],
    ["ümlaut", "must begin with a letter, a digit or an underscore"],
    ["x".repeat(128), "is 128 characters long (at most 127)"],
  ])("refuses %j: %s", (name, problem) => expect(nsNameProblem(name)).toBe(problem));
});
