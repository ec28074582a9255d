import { describe, expect, it } from "vitest";
import { problemsFromFieldErrors, problemsToFieldErrors, REFUSED_MESSAGE } from "./problem-fields";

describe("problems as field errors", () => {
  it("survive the trip through an action result, in order, paths intact", () => {
    const problems = [
      { path: "", message: "The file is not valid JSON." },
      { path: "servers[1].address", message: "expected a string (found 7)." },
      { path: 'prerequisites["database-ha"].done', message: "expected true or false." },
      { path: "servers[1].address", message: "a second message about the same value." },
    ];
    const fieldErrors = problemsToFieldErrors(problems);
    expect(fieldErrors).toEqual({
      json: [REFUSED_MESSAGE],
      $: ["The file is not valid JSON."],
      "$.servers[1].address": [
        "expected a string (found 7).",
        "a second message about the same value.",
      ],
      '$.prerequisites["database-ha"].done': ["expected true or false."],
    });
    expect(problemsFromFieldErrors(fieldErrors)).toEqual([
      problems[0],
      problems[1],
      problems[3],
      problems[2],
    ]);
  });

  it("leave the form's own field errors alone", () => {
    expect(
      problemsFromFieldErrors({ json: ["Choose a file."], id: ["Unknown topology."] }),
    ).toEqual([]);
    expect(problemsToFieldErrors([], "file")).toEqual({ file: [REFUSED_MESSAGE] });
  });
});
