// The HTML renderer: one article for the app page, a standalone file around it (inline CSS,
// nothing external), every value escaped, ticks with who and when.
import { describe, expect, it } from "vitest";
import { clone, igelExample, xenMobileExample } from "../testing/examples";
import { buildRunbook } from "./build";
import { escapeHtml, renderHtmlBody, renderHtmlDocument } from "./html";
import { RUNBOOK_CSS } from "./html-style";
import { IGEL_SECTION_TITLES, igelContext, xenMobileContext } from "./testing/context";

describe("renderHtmlDocument", () => {
  it("is a complete standalone page: inline CSS, no scripts, no external assets", () => {
    const runbook = buildRunbook(xenMobileExample(), xenMobileContext);
    const html = renderHtmlDocument(runbook);
    expect(
      html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
    expect(html).toContain(`<style>\n`);
    expect(html).toContain(RUNBOOK_CSS);
    expect(html).toContain(renderHtmlBody(runbook));
    expect(html).toContain("<title>Runbook: XenMobile Server cluster (seed example)</title>");
    for (const external of ["<script", "<link", "<img", "<iframe", "@import", "url(", " src="]) {
      expect(html).not.toContain(external);
    }
    expect(html.endsWith("</html>\n")).toBe(true);
  });

  it("keeps the CSS safe to put inside a <style> element verbatim", () => {
    expect(RUNBOOK_CSS).not.toMatch(/[<>&]/);
  });

  it("shows the sections in order with the code in <pre> blocks", () => {
    const html = renderHtmlBody(buildRunbook(igelExample(), igelContext));
    const titles = [...html.matchAll(/<h2 id="runbook-([a-z]+)-title">([^<]+)<\/h2>/g)].map(
      (m) => m[2],
    );
    expect(titles).toEqual(IGEL_SECTION_TITLES);
    expect(html).toContain('<pre data-language="sql"><code>-- IGEL UMS shared database');
    expect(html).toContain(
      '<pre data-language="text"><code>add server igel_srv_ums1 10.10.20.11\n',
    );
    expect(html).toContain("WITH PASSWORD = N'&lt;choose-a-strong-password&gt;'");
  });

  it("shows ticks with who and when", () => {
    const doc = clone(igelExample());
    doc.after = { "dns-record": { done: true, by: "Alex", at: "2026-11-22T14:05:00.000Z" } };
    const html = renderHtmlBody(buildRunbook(doc, igelContext));
    expect(html).toContain(
      '<li class="runbook-check runbook-check-done" data-check="dns-record">\n<p class="runbook-check-line"><span class="runbook-box" aria-hidden="true">☑</span> <strong>Point the host name at the VIP</strong> <span class="runbook-state">(done by Alex on 22 Nov 2026 14:05 UTC)</span></p>',
    );
    expect(html).toContain(
      '<li class="runbook-check runbook-check-open" data-check="console-host">',
    );
  });

  it("escapes every typed value", () => {
    const hostile = `<script>alert("x")</script> & "quotes"`;
    const doc = clone(igelExample());
    doc.prerequisites = { "database-ha": { done: true, by: hostile } };
    const html = renderHtmlDocument(
      buildRunbook(doc, { ...igelContext, topologyName: hostile, applianceName: hostile }),
    );
    expect(html).not.toContain("<script");
    expect(html).toContain(escapeHtml(hostile));
    expect(escapeHtml(hostile)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;",
    );
  });
});
