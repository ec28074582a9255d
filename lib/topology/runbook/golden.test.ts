// The runbook of both examples (examples/*.json) as Markdown and standalone HTML, compared line by
// line with the checked-in files in golden/. Run with UPDATE_GOLDEN=1 (UPDATE_GOLDEN=1 npx vitest
// run lib/topology/runbook) to rewrite them after an intended change, then review the diff like
// code. The HTML goldens end in .html.txt so Prettier leaves them alone.
import path from "node:path";
import { describe, it } from "vitest";
import { igelExample, xenMobileExample } from "../testing/examples";
import { expectMatchesGolden } from "../testing/golden-file";
import { buildRunbook } from "./build";
import { renderHtmlDocument } from "./html";
import { renderMarkdown } from "./markdown";
import { igelContext, xenMobileContext } from "./testing/context";

const igel = () => buildRunbook(igelExample(), igelContext);
const xms = () => buildRunbook(xenMobileExample(), xenMobileContext);

const cases = [
  { file: "igel-ums.runbook.md", text: () => renderMarkdown(igel()) },
  { file: "igel-ums.runbook.html.txt", text: () => renderHtmlDocument(igel()) },
  { file: "xenmobile.runbook.md", text: () => renderMarkdown(xms()) },
  { file: "xenmobile.runbook.html.txt", text: () => renderHtmlDocument(xms()) },
];

describe("golden runbooks", () => {
  it.each(cases)("$file matches line by line", ({ file, text }) => {
    expectMatchesGolden(path.join(import.meta.dirname, "golden", file), text());
  });
});
