// Topology documents as files. The same topology always gives the same bytes: the document is
// normalised through the draft schema, whose output follows the schema's field order (and
// checklist ticks follow the item list), then printed the way Prettier prints JSON.
// A document holds no secrets; the export refuses (throws) rather than write one, checking both
// what it was given and what it would print (secrets.ts has the placeholder convention).
import { importDocumentText, problemLines } from "../import/import-document";
import type { TopologyKind } from "../schema/kinds";
import type { TopologyDraft } from "../schema/document";
import { parseDocument, type ParseDocumentResult } from "../schema/migrate";
import { printJson } from "./json-print";
import { assertNoSecrets } from "./secrets";

export function exportDocumentJson(doc: TopologyDraft): string {
  assertNoSecrets(doc);
  const parsed = parseDocument(doc);
  if (!parsed.ok) throw new Error(parsed.error);
  assertNoSecrets(parsed.document);
  return printJson(parsed.document);
}

/**
 * A topology file read the way the dashboard imports one (lib/topology/import), for callers that
 * only need the document or one message (the command line, the bench): every problem, one a line.
 */
export function importDocumentJson(text: string, kind?: TopologyKind): ParseDocumentResult {
  const imported = importDocumentText(text, { expectedKind: kind });
  if (!imported.ok) return { ok: false, error: problemLines(imported.problems).join("\n") };
  return imported.migratedFrom === undefined
    ? { ok: true, document: imported.document }
    : { ok: true, document: imported.document, migratedFrom: imported.migratedFrom };
}

/** A file name for downloads: the prefix or kind plus ".json". */
export function documentFileName(doc: TopologyDraft): string {
  const base = (doc.prefix || doc.kind.toLowerCase()).replace(/[^A-Za-z0-9_.-]+/g, "-");
  return `${base}.topology.json`;
}
