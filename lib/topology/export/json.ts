// Topology documents as files. The same topology always gives the same bytes: the document is
// normalised through the draft schema, whose output follows the schema's field order (and
// checklist ticks follow the item list), then printed the way Prettier prints JSON.
// Nothing is stripped because a document holds no secrets (the tests assert that).
import type { TopologyKind } from "../kinds";
import type { TopologyDraft } from "../schema/document";
import { parseDocument, type ParseDocumentResult } from "../schema/migrate";
import { printJson } from "./json-print";

export function exportDocumentJson(doc: TopologyDraft): string {
  const parsed = parseDocument(doc);
  if (!parsed.ok) throw new Error(parsed.error);
  return printJson(parsed.document);
}

export function importDocumentJson(text: string, kind?: TopologyKind): ParseDocumentResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: "The file is not valid JSON." };
  }
  const parsed = parseDocument(raw);
  if (parsed.ok && kind !== undefined && parsed.document.kind !== kind) {
    return {
      ok: false,
      error: `The file describes a ${parsed.document.kind} topology, not ${kind}.`,
    };
  }
  return parsed;
}

/** A file name for downloads: the prefix or kind plus ".json". */
export function documentFileName(doc: TopologyDraft): string {
  const base = (doc.prefix || doc.kind.toLowerCase()).replace(/[^A-Za-z0-9_.-]+/g, "-");
  return `${base}.topology.json`;
}
