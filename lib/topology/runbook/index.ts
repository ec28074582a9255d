// The runbook: one model (build.ts) from a complete topology, printed as Markdown and HTML.
export { buildRunbook, runbookFor, type RunbookResult } from "./build";
export { formatRunbookDate } from "./dates";
export { fileBase, runbookFileName } from "./file-name";
export { escapeHtml, renderHtmlBody, renderHtmlDocument } from "./html";
export { RUNBOOK_CSS } from "./html-style";
export { renderMarkdown } from "./markdown";
export type * from "./types";
