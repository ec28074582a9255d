// The database script for the default names (rmdb, igelums, igelums) in each dialect, compared
// line by line with the checked-in files. UPDATE_GOLDEN=1 rewrites them; review the diff.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { databaseScript } from "../database-script";
import { databaseTypes, defaultDatabasePorts } from "../schema/igel-ums";
import { igelExample } from "../testing/examples";

describe("golden database scripts", () => {
  it.each(databaseTypes.map((type) => ({ type })))("$type matches line by line", ({ type }) => {
    const seed = igelExample().database;
    const script = databaseScript(
      { ...seed, type, port: defaultDatabasePorts[type] },
      { serverCount: 2 },
    );
    const goldenPath = path.join(import.meta.dirname, `igel-ums.${script.fileName}`);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(goldenPath, script.text);
    expect(existsSync(goldenPath), `${goldenPath} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    const expected = readFileSync(goldenPath, "utf8").split("\n");
    const lines = script.text.split("\n");
    for (let i = 0; i < Math.max(lines.length, expected.length); i++) {
      expect(lines[i], `${script.fileName} line ${i + 1}`).toBe(expected[i]);
    }
  });
});
