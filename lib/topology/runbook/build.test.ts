// The runbook model: section order, summary, tick states, each section's content, and that an
// incomplete document gets no runbook.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile";
import { databaseScript } from "../database-script";
import { cliBatch, cliRollback } from "../export";
import { defaultDocument } from "../schema/defaults";
import { topologyDocumentArb } from "../testing/arbitraries";
import { clone, igelExample, xenMobileExample } from "../testing/examples";
import { buildRunbook, runbookFor } from "./build";
import { runbookFileName } from "./file-name";
import { renderHtmlDocument } from "./html";
import { renderMarkdown } from "./markdown";
import {
  GENERATED_AT,
  IGEL_SECTION_TITLES,
  igelContext,
  xenMobileContext,
} from "./testing/context";
import type { Block, Runbook, SectionId, Text } from "./types";

function section(runbook: Runbook, id: SectionId) {
  const found = runbook.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function blocksOf<K extends Block["kind"]>(runbook: Runbook, id: SectionId, kind: K) {
  return section(runbook, id).blocks.filter(
    (b): b is Extract<Block, { kind: K }> => b.kind === kind,
  );
}

function plain(text: Text): string {
  return text
    .map((part) => (typeof part === "string" ? part : "code" in part ? part.code : part.strong))
    .join("");
}

function tableText(runbook: Runbook, id: SectionId, index = 0): string[] {
  const table = blocksOf(runbook, id, "table")[index];
  if (!table) throw new Error(`no table ${index} in ${id}`);
  return table.rows.map((row) => row.map(plain).join(" | "));
}

describe("buildRunbook", () => {
  it("puts the sections in the order an admin works", () => {
    const runbook = buildRunbook(igelExample(), igelContext);
    expect(runbook.sections.map((s) => `${s.number}. ${s.title}`)).toEqual(IGEL_SECTION_TITLES);
  });

  it("summarises kind, appliance, version and when it was generated", () => {
    const igel = buildRunbook(igelExample(), igelContext);
    expect(igel.title).toBe("Runbook: IGEL UMS cluster (seed example)");
    expect(igel.summary).toEqual([
      { label: "Kind", value: "IGEL UMS" },
      { label: "Appliance", value: "adc-lab-01" },
      { label: "Topology version", value: "7" },
      { label: "Generated", value: "22 Nov 2026 14:05 UTC" },
    ]);
    const xms = buildRunbook(xenMobileExample(), xenMobileContext);
    expect(xms.summary.find((row) => row.label === "Appliance")?.value).toBe("not chosen yet");
    expect(xms.summary.find((row) => row.label === "Kind")?.value).toBe("XenMobile Server");
  });

  it("shows each tick's state with who and when", () => {
    const doc = clone(igelExample());
    doc.prerequisites = {
      "database-ha": { done: true, by: "Alex", at: "2026-11-22T14:05:00.000Z" },
      "database-created": { done: false },
    };
    doc.after = {
      "dns-record": { done: true, by: "Sam Lee", at: "2026-01-03T09:07:00.000Z" },
      "console-host": { done: true },
    };
    const runbook = buildRunbook(doc, igelContext);
    const prerequisites = blocksOf(runbook, "prerequisites", "checklist")[0]?.items ?? [];
    expect(prerequisites.slice(0, 3).map((i) => [i.id, i.done, i.state])).toEqual([
      ["database-ha", true, "done by Alex on 22 Nov 2026 14:05 UTC"],
      ["database-created", false, "not done"],
      ["ums-installed", false, "not done"],
    ]);
    expect(plain(blocksOf(runbook, "prerequisites", "paragraph")[0]?.text ?? [])).toContain(
      "1 of 5 confirmed.",
    );
    const after = blocksOf(runbook, "after", "checklist")[0]?.items ?? [];
    expect(after.find((i) => i.id === "dns-record")?.state).toBe(
      "done by Sam Lee on 3 Jan 2026 09:07 UTC",
    );
    expect(after.find((i) => i.id === "console-host")?.state).toBe("done");
    expect(after.find((i) => i.id === "dns-record")?.detail).toContain(
      "igel.corp.local must resolve to 10.10.20.100",
    );
  });

  it("lists every VIP, server and member of an IGEL topology, with SNIP, subnet and firewall", () => {
    const rows = tableText(buildRunbook(igelExample(), igelContext), "addresses");
    expect(rows).toContain(
      "VIP igel_vs_30001 | 10.10.20.100 | 30001 | TCP | Device connections (IGEL OS 11); device's own address passed on (USIP on)",
    );
    expect(rows.filter((r) => r.startsWith("VIP "))).toHaveLength(3);
    expect(rows.filter((r) => r.startsWith("Server "))).toHaveLength(2);
    expect(rows.filter((r) => r.startsWith("Member of "))).toHaveLength(6);
    expect(rows).toContain(
      "Member of igel_sg_8443 | 10.10.20.12 | 8443 | TCP | ums2: UMS console and IGEL OS 12 devices",
    );
    expect(rows.some((r) => r.startsWith("SNIP | 10.10.20.5"))).toBe(true);
    expect(rows.some((r) => r.startsWith("UMS subnet | 10.10.20.0/24"))).toBe(true);
    expect(rows.some((r) => r.startsWith("Database | umsdb.corp.local | 1433 | TCP"))).toBe(true);

    const firewall = tableText(buildRunbook(igelExample(), igelContext), "addresses", 1);
    expect(firewall[0]).toBe(
      "Devices and UMS consoles | VIP 10.10.20.100 | TCP 30001, 8443, 9080 | Everything load-balanced reaches UMS through the VIP.",
    );
    expect(firewall.some((r) => r.includes("TCP and UDP 30005"))).toBe(true);
  });

  it("follows the IGEL OS generation and the ports switched off", () => {
    const doc = clone(igelExample());
    doc.loadBalancing.osGeneration = "12";
    doc.loadBalancing.ports = doc.loadBalancing.ports.map((row) => ({
      ...row,
      enabled: row.port === 8443,
    }));
    const runbook = buildRunbook(doc, igelContext);
    const rows = tableText(runbook, "addresses");
    expect(rows.filter((r) => r.startsWith("VIP "))).toHaveLength(1);
    expect(tableText(runbook, "addresses", 1).some((r) => r.includes("30005"))).toBe(false);
    const notes = blocksOf(runbook, "addresses", "paragraph").map((p) => plain(p.text));
    expect(notes).toContain("Not load-balanced (switched off in the topology): 30001 and 9080.");
    expect(notes.some((n) => n.includes("add ns ip 10.10.20.5 255.255.255.0 -type SNIP"))).toBe(
      true,
    );
  });

  it("lists the XenMobile VIPs, the Gateway VIP and each MAM member's server ID", () => {
    const rows = tableText(buildRunbook(xenMobileExample(), xenMobileContext), "addresses");
    expect(rows).toContain(
      "MDM VIP xms_mdm_vs_443 | 10.20.1.50 | 443 | SSL_BRIDGE | Device enrollment and management; TLS passes through to the nodes",
    );
    expect(
      rows.some((r) => r.startsWith("MAM VIP xms_mam_vs_8443 | 10.20.1.51 | 8443 | SSL")),
    ).toBe(true);
    expect(rows.some((r) => r.startsWith("Gateway VIP ag_vs | 10.20.1.20"))).toBe(true);
    expect(rows).toContain(
      "Member of xms_mam_sg_8443 | 10.20.0.12 | 8443 | SSL | xms2: MAM, server ID node-b",
    );
    const noGatewayVip = clone(xenMobileExample());
    noGatewayVip.gateway.vip = "";
    const without = tableText(buildRunbook(noGatewayVip, xenMobileContext), "addresses");
    expect(without.some((r) => r.startsWith("Gateway VIP"))).toBe(false);
  });

  it("prints the IGEL database script with its placeholder, and no script for XenMobile", () => {
    const doc = igelExample();
    const code = blocksOf(buildRunbook(doc, igelContext), "database", "code");
    const script = databaseScript(doc.database, { serverCount: doc.servers.length });
    expect(code).toEqual([
      { kind: "code", language: "sql", fileName: "rmdb.mssql.sql", text: script.text },
    ]);
    const xms = buildRunbook(xenMobileExample(), xenMobileContext);
    expect(blocksOf(xms, "database", "code")).toEqual([]);
    expect(plain(blocksOf(xms, "database", "paragraph")[0]?.text ?? [])).toContain(
      "Nothing to run here.",
    );
  });

  it("prints the CLI batch and the rollback from lib/topology/export", () => {
    for (const [doc, context] of [
      [igelExample(), igelContext],
      [xenMobileExample(), xenMobileContext],
    ] as const) {
      const runbook = buildRunbook(doc, context);
      const config = compile(doc);
      expect(blocksOf(runbook, "configuration", "code")[0]).toMatchObject({
        language: "text",
        text: cliBatch(config),
      });
      expect(blocksOf(runbook, "rollback", "code")[0]).toMatchObject({
        language: "text",
        text: cliRollback(config),
      });
    }
    const notes = blocksOf(
      buildRunbook(xenMobileExample(), xenMobileContext),
      "configuration",
      "note",
    );
    expect(plain(notes[0]?.text ?? [])).toBe(
      "Must exist first: the certificate-key pair xms-cert and the Gateway vserver ag_vs. The configuration relies on them but does not create them.",
    );
  });

  it("lists the DNS records to create, and who creates each", () => {
    const igel = clone(igelExample());
    expect(tableText(buildRunbook(igel, igelContext), "dns")).toEqual([
      "Your DNS (devices and consoles) | igel.corp.local | A | 10.10.20.100 | You",
      "Your DNS (new devices, in their search domain) | igelrmserver | A, or CNAME | 10.10.20.100, or an alias of igel.corp.local | You",
      "The NetScaler's own DNS | igel.corp.local | A | 10.10.20.100 | Section 4 (add dns addRec)",
    ]);
    igel.dns.netscalerRecord = false;
    expect(tableText(buildRunbook(igel, igelContext), "dns")).toHaveLength(2);

    const xms = clone(xenMobileExample());
    xms.dns.netscalerRecord = false;
    expect(tableText(buildRunbook(xms, xenMobileContext), "dns")).toEqual([
      "Public DNS (devices) | xms.corp.local | A | MDM VIP 10.20.1.50, or the public address translated to it | You",
      "The DNS the NetScaler asks (the Gateway) | xms.corp.local | A | MAM VIP 10.20.1.51 | You",
    ]);
  });

  it("is deterministic: only the generated-at date changes the output", () => {
    const a = buildRunbook(igelExample(), igelContext);
    const b = buildRunbook(igelExample(), { ...igelContext });
    expect(renderMarkdown(a)).toBe(renderMarkdown(b));
    expect(renderHtmlDocument(a)).toBe(renderHtmlDocument(b));
    const later = buildRunbook(igelExample(), {
      ...igelContext,
      generatedAt: new Date(GENERATED_AT.getTime() + 60_000),
    });
    const diff = renderMarkdown(later)
      .split("\n")
      .filter((line, i) => line !== renderMarkdown(a).split("\n")[i]);
    expect(diff).toEqual(["- **Generated:** 22 Nov 2026 14:06 UTC"]);
  });

  it("renders every valid document without throwing, all seven sections in both formats", () => {
    fc.assert(
      fc.property(topologyDocumentArb, (doc) => {
        const runbook = buildRunbook(doc, igelContext);
        const md = renderMarkdown(runbook);
        const html = renderHtmlDocument(runbook);
        for (const s of runbook.sections) {
          expect(md).toContain(`\n## ${s.number}. ${s.title}\n`);
          expect(html).toContain(`<h2 id="runbook-${s.id}-title">${s.number}. ${s.title}</h2>`);
        }
        // Fences come in pairs: every code block is closed.
        expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe("runbookFor", () => {
  it("refuses a topology that is not complete, with the validation errors", () => {
    for (const kind of ["IGEL_UMS", "XENMOBILE"] as const) {
      const result = runbookFor(defaultDocument(kind, "Draft"), igelContext);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors.every((e) => e.message.length > 0)).toBe(true);
      }
    }
    expect(runbookFor("not a document", igelContext).ok).toBe(false);
  });

  it("builds the runbook of a complete document, leaving prerequisite warnings to section 1", () => {
    const result = runbookFor(igelExample(), igelContext);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const intro = result.runbook.intro.map((b) => (b.kind === "heading" ? b.text : ""));
    expect(intro).not.toContain("Warnings from the wizard");
    expect(result.runbook).toEqual(buildRunbook(igelExample(), igelContext));
  });

  it("shows other validation warnings before the sections", () => {
    const doc = clone(igelExample());
    doc.loadBalancing.ports = doc.loadBalancing.ports.map((row) =>
      row.purpose === "console" ? { ...row, usip: true } : row,
    );
    const result = runbookFor(doc, igelContext);
    if (!result.ok) throw new Error("expected a runbook");
    expect(result.runbook.intro[1]).toEqual({ kind: "heading", text: "Warnings from the wizard" });
    expect(result.runbook.intro[2]).toEqual({
      kind: "list",
      ordered: false,
      items: [
        [
          "Use client IP on port 8443: on stops consoles inside the UMS subnet from connecting through the VIP; switch it off.",
        ],
      ],
    });
  });
});

describe("runbookFileName", () => {
  it("names the download after the object-name prefix, safe for a file name", () => {
    expect(runbookFileName(igelExample(), "md")).toBe("igel-runbook.md");
    expect(runbookFileName({ kind: "XENMOBILE", prefix: "xms prod#2" }, "html")).toBe(
      "xms-prod-2-runbook.html",
    );
    expect(runbookFileName({ kind: "XENMOBILE", prefix: "" }, "md")).toBe("xenmobile-runbook.md");
  });
});
