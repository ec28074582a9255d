// The runbook as HTML: `renderHtmlBody` is the <article> the app page shows, and
// `renderHtmlDocument` wraps the same article into a standalone file (inline CSS, no external
// assets) for saving and mailing. Every value is escaped; the markup is ours alone.
import { RUNBOOK_CSS, STANDALONE_CSS } from "./html-style";
import type { Block, ChecklistEntry, Inline, Runbook, RunbookSection, Text } from "./types";

/** Text and double-quoted attribute values (the only attribute quoting used here). */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function inline(part: Inline): string {
  if (typeof part === "string") return escapeHtml(part);
  if ("code" in part) return `<code>${escapeHtml(part.code)}</code>`;
  return `<strong>${escapeHtml(part.strong)}</strong>`;
}

function text(parts: Text): string {
  return parts.map(inline).join("");
}

function table(b: Extract<Block, { kind: "table" }>): string {
  const head = b.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const rows = b.rows.map(
    (row) => `<tr>${row.map((cell) => `<td>${text(cell)}</td>`).join("")}</tr>`,
  );
  return [
    `<div class="runbook-table">`,
    `<table>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
    `</div>`,
  ].join("\n");
}

function checkItem(item: ChecklistEntry): string {
  const state = item.done ? "done" : "open";
  return [
    `<li class="runbook-check runbook-check-${state}" data-check="${escapeHtml(item.id)}">`,
    `<p class="runbook-check-line"><span class="runbook-box" aria-hidden="true">${item.done ? "☑" : "☐"}</span> <strong>${escapeHtml(item.title)}</strong> <span class="runbook-state">(${escapeHtml(item.state)})</span></p>`,
    `<p class="runbook-check-detail">${escapeHtml(item.detail)}</p>`,
    `</li>`,
  ].join("\n");
}

function block(b: Block): string {
  switch (b.kind) {
    case "paragraph":
      return `<p>${text(b.text)}</p>`;
    case "heading":
      return `<h3>${escapeHtml(b.text)}</h3>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return [`<${tag}>`, ...b.items.map((item) => `<li>${text(item)}</li>`), `</${tag}>`].join(
        "\n",
      );
    }
    case "table":
      return table(b);
    case "code":
      // No whitespace inside <pre>: it would show up as blank lines.
      return [
        `<figure class="runbook-code">`,
        `<figcaption>File <code>${escapeHtml(b.fileName)}</code></figcaption>`,
        `<pre data-language="${b.language}"><code>${escapeHtml(b.text)}</code></pre>`,
        `</figure>`,
      ].join("\n");
    case "checklist":
      return [`<ul class="runbook-checklist">`, ...b.items.map(checkItem), `</ul>`].join("\n");
    case "note":
      return `<div class="runbook-note" role="note"><p>${text(b.text)}</p></div>`;
  }
}

function section(s: RunbookSection): string {
  const id = `runbook-${s.id}`;
  return [
    `<section class="runbook-section" id="${id}" aria-labelledby="${id}-title">`,
    `<h2 id="${id}-title">${s.number}. ${escapeHtml(s.title)}</h2>`,
    ...s.blocks.map(block),
    `</section>`,
  ].join("\n");
}

/** The runbook as one <article class="runbook">, styled by RUNBOOK_CSS. */
export function renderHtmlBody(runbook: Runbook): string {
  const summary = runbook.summary.map(
    (row) => `<div><dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd></div>`,
  );
  return [
    `<article class="runbook">`,
    `<header class="runbook-header">`,
    `<h1>${escapeHtml(runbook.title)}</h1>`,
    `<p class="runbook-description">${escapeHtml(runbook.description)}</p>`,
    `<dl class="runbook-summary">`,
    ...summary,
    `</dl>`,
    `</header>`,
    ...runbook.intro.map(block),
    ...runbook.sections.map(section),
    `</article>`,
  ].join("\n");
}

/** A complete, standalone HTML file: opens and prints without the app or the network. */
export function renderHtmlDocument(runbook: Runbook): string {
  return [
    `<!doctype html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(runbook.title)}</title>`,
    `<style>`,
    STANDALONE_CSS,
    RUNBOOK_CSS,
    `</style>`,
    `</head>`,
    `<body>`,
    renderHtmlBody(runbook),
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
