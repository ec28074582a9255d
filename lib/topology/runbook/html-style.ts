// The runbook's CSS, shared by the app page (inside a <style> next to the article) and the
// standalone file. Scoped to .runbook so it never styles the app around it. A light sheet on
// purpose: it is a document to print, and printers want dark text on white.
// Inside the app, Tailwind's preflight has reset margins, list markers and heading sizes, so
// every rule says what it wants instead of relying on browser defaults. No "<", ">" or "&"
// here: the text goes into a <style> element verbatim.

export const RUNBOOK_CSS = `
.runbook {
  color: #0f172a;
  background: #ffffff;
  font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: 14px;
  line-height: 1.5;
  max-width: 64rem;
  margin: 0 auto;
  padding: 2rem;
  color-scheme: light;
}
.runbook h1 { font-size: 1.6rem; font-weight: 700; line-height: 1.25; margin: 0 0 0.5rem; }
.runbook h2 {
  font-size: 1.2rem;
  font-weight: 700;
  margin: 2.25rem 0 0.75rem;
  padding-bottom: 0.3rem;
  border-bottom: 2px solid #cbd5e1;
}
.runbook h3 { font-size: 1rem; font-weight: 600; margin: 1.5rem 0 0.5rem; }
.runbook p { margin: 0.6rem 0; }
.runbook ul, .runbook ol { margin: 0.6rem 0; padding-left: 1.5rem; }
.runbook ul { list-style: disc; }
.runbook ol { list-style: decimal; }
.runbook li { margin: 0.25rem 0; }
.runbook code {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.9em;
  background: #f1f5f9;
  border-radius: 3px;
  padding: 0 0.2em;
  overflow-wrap: anywhere;
}
.runbook-description { color: #475569; }
.runbook-summary {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
  gap: 0.5rem 1.5rem;
  margin: 1rem 0;
  padding: 0.75rem 1rem;
  border: 1px solid #cbd5e1;
  border-radius: 6px;
}
.runbook-summary dt { font-size: 0.75rem; color: #475569; text-transform: uppercase; }
.runbook-summary dd { margin: 0; font-weight: 600; }
.runbook-table { overflow-x: auto; margin: 0.6rem 0; }
.runbook table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
.runbook th, .runbook td {
  border: 1px solid #cbd5e1;
  padding: 0.3rem 0.5rem;
  text-align: left;
  vertical-align: top;
}
.runbook th { font-weight: 600; }
.runbook thead th { background: #f1f5f9; }
.runbook-code { margin: 0.75rem 0; }
.runbook-code figcaption { font-size: 0.8rem; color: #475569; margin-bottom: 0.25rem; }
.runbook pre {
  margin: 0;
  padding: 0.75rem;
  background: #f8fafc;
  border: 1px solid #cbd5e1;
  border-radius: 6px;
  font-size: 0.8rem;
  line-height: 1.45;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.runbook pre code { background: none; padding: 0; font-size: inherit; }
.runbook .runbook-checklist { list-style: none; padding-left: 0; }
.runbook .runbook-check { margin: 0.75rem 0; padding-left: 1.75rem; position: relative; }
.runbook-check p { margin: 0.1rem 0; }
.runbook-box { position: absolute; left: 0; top: -0.1rem; font-size: 1.2rem; line-height: 1.5; }
.runbook-state { color: #92400e; }
.runbook-check-done .runbook-state { color: #047857; }
.runbook-check-detail { color: #334155; }
.runbook-note {
  margin: 0.75rem 0;
  padding: 0.1rem 0.9rem;
  border-left: 4px solid #0369a1;
  background: #f0f9ff;
}
@media print {
  .runbook { max-width: none; padding: 0; font-size: 10.5pt; }
  .runbook h2, .runbook h3, .runbook-code figcaption { break-after: avoid; }
  .runbook p { orphans: 3; widows: 3; }
  .runbook tr, .runbook-check, .runbook-note, .runbook-summary { break-inside: avoid; }
  .runbook thead { display: table-header-group; }
  .runbook-table { overflow: visible; }
  .runbook pre { border-color: #94a3b8; }
}
`.trim();

/** Only for the standalone file: the page around the article and the printed page. */
export const STANDALONE_CSS = `
html { background: #ffffff; color-scheme: light; }
body { margin: 0; }
@page { margin: 15mm; }
`.trim();
