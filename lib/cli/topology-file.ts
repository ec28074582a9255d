// Reads a topology file the way the dashboard imports one, validates it, compiles it. Every
// error is shown with its path in the document (servers.1.address: …); warnings do not stop.
import { readFileSync } from "node:fs";
import {
  compile,
  importDocumentJson,
  validateDocument,
  type DesiredConfig,
  type TopologyDocument,
} from "@/lib/topology";
import { CliError } from "./exit-codes";
import { note } from "./output";

export interface LoadedTopology {
  document: TopologyDocument;
  desired: DesiredConfig;
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ENOENT"
        ? `${file}: no such file.`
        : `${file}: cannot be read (${code ?? "error"}).`,
    );
  }
}

const located = (path: string, message: string) => (path ? `${path}: ${message}` : message);

export function loadTopology(file: string): LoadedTopology {
  const imported = importDocumentJson(readText(file));
  if (!imported.ok) throw new CliError(`${file}: ${imported.error}`);
  const result = validateDocument(imported.document);
  for (const warning of result.warnings) {
    note(`warning: ${located(warning.path, warning.message)}`);
  }
  if (!result.document || result.errors.length > 0) {
    for (const error of result.errors) note(`error: ${located(error.path, error.message)}`);
    const count = result.errors.length;
    throw new CliError(`${file}: ${count} ${count === 1 ? "error" : "errors"}; nothing planned.`);
  }
  return { document: result.document, desired: compile(result.document) };
}
