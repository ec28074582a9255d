// Test support: the project's own source (what the app, the CLI and the scripts run), for tests
// that check a rule over all of it. Generated code and dependencies are not ours to check.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
export const SOURCE_DIRS = ["app", "lib", "scripts", "components"] as const;
const SKIP = new Set(["node_modules", "generated", ".next"]);

export interface SourceFile {
  /** Relative to the project root, with forward slashes. */
  path: string;
  text: string;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name)) out.push(full);
  }
}

export function sourceFiles(): SourceFile[] {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) walk(path.join(ROOT, dir), files);
  return files.map((file) => ({
    path: path.relative(ROOT, file).split(path.sep).join("/"),
    text: readFileSync(file, "utf8"),
  }));
}

export const isTestFile = (file: SourceFile) => /\.test\.tsx?$/.test(file.path);
