// A runbook is meant to be mailed around: it must never carry a password. The document holds
// none (unknown keys are dropped by validation), and the database script only has the
// placeholder, in every dialect.
import { describe, expect, it } from "vitest";
import { PASSWORD_PLACEHOLDER } from "../database-script";
import { databaseTypes, defaultDatabasePorts } from "../schema/igel-ums";
import { igelExample, xenMobileExample } from "../testing/examples";
import { runbookFor } from "./build";
import { renderHtmlDocument } from "./html";
import { renderMarkdown } from "./markdown";
import { igelContext, xenMobileContext } from "./testing/context";

const SECRET = "Hunter2-Do-Not-Print";

function rendered(input: unknown, context = igelContext): string[] {
  const result = runbookFor(input, context);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return [renderMarkdown(result.runbook), renderHtmlDocument(result.runbook)];
}

describe("no secrets in a runbook", () => {
  it("drops secrets smuggled into the stored document", () => {
    const igel = {
      ...igelExample(),
      database: { ...igelExample().database, password: SECRET },
      appliance: { username: "nsroot", password: SECRET },
    };
    const xms = {
      ...xenMobileExample(),
      applianceSecret: SECRET,
      monitor: { enabled: false, expectedReply: "", password: SECRET },
    };
    for (const text of [...rendered(igel), ...rendered(xms, xenMobileContext)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain("nsroot");
    }
  });

  it.each(databaseTypes.map((type) => ({ type })))(
    "puts only the placeholder where the $type password goes",
    ({ type }) => {
      const doc = igelExample();
      const input = {
        ...doc,
        database: { ...doc.database, type, port: defaultDatabasePorts[type] },
      };
      const [md] = rendered(input);
      const sql = /```sql\n([\s\S]*?)```/.exec(md ?? "")?.[1] ?? "";
      // Every password clause of the script, in each dialect's spelling, names the placeholder.
      const clauses = [...sql.matchAll(/(?:PASSWORD\s*=?|IDENTIFIED BY)\s*N?(['"])(.*?)\1/g)];
      expect(clauses).toHaveLength(1);
      for (const clause of clauses) expect(clause[2]).toBe(PASSWORD_PLACEHOLDER);
    },
  );
});
