// The shipped example topologies (examples/*.json), imported, validated and compiled by the
// real code: what the bench applies and what the dependency-depth tests check.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { compile } from "@/lib/topology/compile";
import { importDocumentJson } from "@/lib/topology/export";
import { validateDocument } from "@/lib/topology/validate";

export const EXAMPLE_FILES = {
  igel: "examples/igel-ums.json",
  xms: "examples/xenmobile.json",
} as const;

export function desiredFromFile(file: string): DesiredConfig {
  const parsed = importDocumentJson(readFileSync(path.resolve(file), "utf8"));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
  const validation = validateDocument(parsed.document);
  if (!validation.document) {
    const errors = validation.errors.map((e) => `${e.path}: ${e.message}`).join("; ");
    throw new Error(`${file}: ${errors}`);
  }
  return compile(validation.document);
}
