// Every Playwright spec takes `test` from e2e/support/test.ts, whose guard fails a test on any
// Content-Security-Policy violation; a spec importing Playwright's own `test` would run
// unguarded, and a page broken by the CSP could pass.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./import-graph";

const specs = readdirSync(path.join(REPO_ROOT, "e2e")).filter((file) => file.endsWith(".spec.ts"));

describe("the e2e CSP guard", () => {
  it.each(specs)("guards %s", (spec) => {
    const source = readFileSync(path.join(REPO_ROOT, "e2e", spec), "utf8");
    expect(source).toMatch(/^import \{ expect, test \} from "\.\/support\/test";$/m);
    expect(source).not.toMatch(/^import \{[^}]*\btest\b[^}]*\} from "@playwright\/test";$/m);
  });
});
