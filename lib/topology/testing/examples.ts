// Test helpers: the checked-in example documents (examples/*.json), parsed and validated.
// Reads files, so tests only; the topology core itself never does I/O.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { IgelUmsDocument, XenMobileDocument } from "../schema/document";
import { validateDocument } from "../validate/validate-document";

export const EXAMPLES_DIR = path.resolve(import.meta.dirname, "../../../examples");

export function exampleText(file: "igel-ums.json" | "xenmobile.json"): string {
  return readFileSync(path.join(EXAMPLES_DIR, file), "utf8");
}

function load(file: "igel-ums.json" | "xenmobile.json") {
  const result = validateDocument(JSON.parse(exampleText(file)));
  if (!result.document) {
    throw new Error(`${file} is not valid: ${JSON.stringify(result.errors, null, 2)}`);
  }
  return result.document;
}

export function igelExample(): IgelUmsDocument {
  const doc = load("igel-ums.json");
  if (doc.kind !== "IGEL_UMS") throw new Error("igel-ums.json is not an IGEL_UMS topology");
  return doc;
}

export function xenMobileExample(): XenMobileDocument {
  const doc = load("xenmobile.json");
  if (doc.kind !== "XENMOBILE") throw new Error("xenmobile.json is not a XENMOBILE topology");
  return doc;
}

/** A deep copy to edit in a test without touching the cached example. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
