// File names for the runbook downloads and the code blocks inside it, from the object-name
// prefix like the other exports (lib/topology/export/json.ts documentFileName).
import type { TopologyDraft } from "../schema/document";

export function fileBase(doc: Pick<TopologyDraft, "prefix" | "kind">): string {
  return (doc.prefix || doc.kind.toLowerCase()).replace(/[^A-Za-z0-9_.-]+/g, "-");
}

/** "igel-runbook.md", "xms-runbook.html". */
export function runbookFileName(
  doc: Pick<TopologyDraft, "prefix" | "kind">,
  format: "md" | "html",
): string {
  return `${fileBase(doc)}-runbook.${format}`;
}
