// The runbook page's pieces rendered on the server as the page renders them: the sheet holds
// the same article as the HTML download, with its CSS (a same-origin stylesheet); the actions link both downloads.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/runbook/stylesheet/route";
import { RunbookActions } from "@/components/runbook/runbook-actions";
import { RunbookSheet } from "@/components/runbook/runbook-sheet";
import { buildRunbook, renderHtmlBody, RUNBOOK_CSS } from "@/lib/topology/runbook";
import { igelContext } from "@/lib/topology/runbook/testing/context";
import { igelExample } from "@/lib/topology/testing/examples";

describe("runbook page components", () => {
  it("shows the article of the HTML download with its CSS, as a stylesheet the CSP admits", async () => {
    const runbook = buildRunbook(igelExample(), igelContext);
    const html = renderToStaticMarkup(createElement(RunbookSheet, { runbook }));
    expect(html).not.toContain("<style");
    expect(html).toContain('<link rel="stylesheet" href="/api/runbook/stylesheet"/>');
    const css = await GET(new Request("http://127.0.0.1/api/runbook/stylesheet"), {
      params: Promise.resolve({}),
    });
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await css.text()).toBe(RUNBOOK_CSS);
    expect(html).toContain(renderHtmlBody(runbook));
    expect(html).toContain('data-testid="runbook"');
  });

  it("offers Print and both downloads, hidden on paper", () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const html = renderToStaticMarkup(createElement(RunbookActions, { topologyId: id }));
    expect(html).toContain("print:hidden");
    expect(html).toContain(">Print</button>");
    expect(html).toContain(`href="/api/topologies/${id}/runbook?format=md"`);
    expect(html).toContain(">Download Markdown</a>");
    expect(html).toContain(`href="/api/topologies/${id}/runbook?format=html"`);
    expect(html).toContain(">Download HTML</a>");
  });
});
