// The Markdown renderer: valid, plain-text-readable Markdown in which no typed value becomes
// markup (pipes in tables, emphasis, HTML, links), code fenced with a language hint.
import { describe, expect, it } from "vitest";
import { clone, igelExample, xenMobileExample } from "../testing/examples";
import { buildRunbook } from "./build";
import { renderMarkdown } from "./markdown";
import { codeFence, codeSpan, escapeBlockStart, escapeText } from "./markdown-escape";
import { igelContext, xenMobileContext } from "./testing/context";
import type { Runbook } from "./types";

const HOSTILE = "<img src=x onerror=alert(1)> *Eve* _x_ [link](http://e.test) `tick` | pipe";

function tiny(overrides: Partial<Runbook> = {}): Runbook {
  return {
    title: "Runbook: T",
    description: "D",
    summary: [],
    intro: [],
    sections: [],
    ...overrides,
  };
}

describe("escapeText", () => {
  it("escapes what would become markup and keeps plain words readable", () => {
    expect(escapeText("igel_srv_ums1")).toBe("igel_srv_ums1");
    expect(escapeText("_lead and trail_")).toBe("\\_lead and trail\\_");
    expect(escapeText("a *b* [c](d) <e> `f` ~g~ #h")).toBe(
      "a \\*b\\* \\[c\\](d) \\<e> \\`f\\` \\~g\\~ \\#h",
    );
    expect(escapeText("…\\IGEL\\RemoteManager")).toBe("…\\IGEL\\RemoteManager");
    expect(escapeText("a\\*b and end\\")).toBe("a\\\\\\*b and end\\\\");
    expect(escapeText("&amp; & &#39;")).toBe("\\&amp; & \\&\\#39;");
    expect(escapeText("two\nlines")).toBe("two lines");
  });

  it("keeps the start of a block from reading as a heading, list or quote", () => {
    expect(escapeBlockStart("- x")).toBe("\\- x");
    expect(escapeBlockStart("> x")).toBe("\\> x");
    expect(escapeBlockStart("12. x")).toBe("12\\. x");
    expect(escapeBlockStart("Plain")).toBe("Plain");
  });

  it("fences code spans and blocks longer than any backticks inside", () => {
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
    expect(codeFence("plain\n")).toBe("```");
    expect(codeFence("````\n")).toBe("`````");
  });
});

describe("renderMarkdown", () => {
  it("escapes pipes in table cells, even inside code, so rows keep their columns", () => {
    const md = renderMarkdown(
      tiny({
        intro: [
          {
            kind: "table",
            columns: ["A|1", "B"],
            rows: [[["x|y"], [{ code: "p|q" }]]],
          },
        ],
      }),
    );
    const lines = md.split("\n").filter((line) => line.startsWith("|"));
    expect(lines).toEqual(["| A\\|1 | B      |", "| ---- | ------ |", "| x\\|y | `p\\|q` |"]);
    for (const line of lines) expect(line.replace(/\\\|/g, "").split("|")).toHaveLength(4);
  });

  it("fences the database script as sql and the CLI as text", () => {
    const md = renderMarkdown(buildRunbook(igelExample(), igelContext));
    expect(md).toContain("File `rmdb.mssql.sql`:\n\n```sql\n-- IGEL UMS shared database");
    expect(md).toContain("File `igel.cli.txt`:\n\n```text\nadd server igel_srv_ums1 10.10.20.11\n");
    expect(md).toContain("save ns config\n```\n");
    expect(md).toContain("File `igel.rollback.cli.txt`:\n\n```text\nrm dns addRec igel.corp.local");
  });

  it("shows each checklist item's tick with who and when", () => {
    const doc = clone(xenMobileExample());
    doc.after = { "public-dns": { done: true, by: "Alex", at: "2026-11-22T14:05:00.000Z" } };
    const md = renderMarkdown(buildRunbook(doc, xenMobileContext));
    expect(md).toContain(
      "- ☑ **Point public DNS at the MDM VIP (split DNS)** (done by Alex on 22 Nov 2026 14:05 UTC)\n\n  Outside, xms.corp.local resolves",
    );
    expect(md).toContain(
      "- ☐ **Enroll a test device** (not done)\n\n  Enroll against xms.corp.local",
    );
  });

  it("never turns a typed value into markup", () => {
    const doc = clone(igelExample());
    doc.prerequisites = { "database-ha": { done: true, by: HOSTILE } };
    const md = renderMarkdown(buildRunbook(doc, { ...igelContext, topologyName: HOSTILE }));
    expect(md).toContain(
      "# Runbook: \\<img src=x onerror=alert(1)> \\*Eve\\* \\_x\\_ \\[link\\](http://e.test) \\`tick\\` | pipe\n",
    );
    expect(md).toContain("(done by \\<img src=x onerror=alert(1)> \\*Eve\\*");
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });

  it("ends with one newline and separates blocks by one blank line", () => {
    const md = renderMarkdown(buildRunbook(igelExample(), igelContext));
    expect(md.endsWith("\n")).toBe(true);
    expect(md.endsWith("\n\n")).toBe(false);
    expect(md).not.toMatch(/\n\n\n/);
    expect(md).not.toMatch(/[ \t]+\n/);
  });
});
