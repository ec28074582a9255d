// The database script for the default names (rmdb, igelums, igelums) in each dialect, compared
// line by line with the checked-in files. UPDATE_GOLDEN=1 rewrites them; review the diff.
import path from "node:path";
import { describe, it } from "vitest";
import { databaseScript } from "../database-script";
import { databaseTypes, defaultDatabasePorts } from "../schema/igel-ums";
import { igelExample } from "../testing/examples";
import { expectMatchesGolden } from "../testing/golden-file";

describe("golden database scripts", () => {
  it.each(databaseTypes.map((type) => ({ type })))("$type matches line by line", ({ type }) => {
    const seed = igelExample().database;
    const script = databaseScript(
      { ...seed, type, port: defaultDatabasePorts[type] },
      { serverCount: 2 },
    );
    expectMatchesGolden(path.join(import.meta.dirname, `igel-ums.${script.fileName}`), script.text);
  });
});
