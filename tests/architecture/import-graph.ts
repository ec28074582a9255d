// The project's own import graph, read with the TypeScript scanner: every static, type-only,
// re-export and dynamic import between the repository's source files. Packages and the
// generated Prisma client are left out; they cannot import back into the app.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

const SKIPPED_DIRS = new Set(["node_modules", "generated", ".next"]);
const EXTENSIONS = [".ts", ".tsx"];

function isSource(name: string): boolean {
  return EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith(".d.ts");
}

/** Every .ts/.tsx file under the given folders (repository-relative, forward slashes). */
export function sourceFiles(folders: readonly string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory())
        return SKIPPED_DIRS.has(entry.name) ? [] : walk(path.join(dir, entry.name));
      return isSource(entry.name) ? [path.join(dir, entry.name)] : [];
    });
  return folders
    .map((folder) => path.join(REPO_ROOT, folder))
    .filter((dir) => existsSync(dir))
    .flatMap(walk)
    .map((file) => path.relative(REPO_ROOT, file).split(path.sep).join("/"))
    .sort();
}

function resolveFile(base: string): string | undefined {
  const candidates = [
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, "index" + ext)),
  ];
  if (isSource(base)) candidates.unshift(base);
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** The repository file a specifier names, or undefined for packages and generated code. */
export function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(REPO_ROOT, specifier.slice(2));
  else if (specifier.startsWith("."))
    base = path.resolve(REPO_ROOT, path.dirname(fromFile), specifier);
  else return undefined;
  const resolved = resolveFile(base);
  if (!resolved) return undefined;
  const relative = path.relative(REPO_ROOT, resolved).split(path.sep).join("/");
  return relative.startsWith("lib/generated/") || relative.includes("node_modules/")
    ? undefined
    : relative;
}

/** The specifiers a file imports: static, `import type`, `export … from` and `import()`. */
export function importSpecifiers(file: string): string[] {
  const text = readFileSync(path.join(REPO_ROOT, file), "utf8");
  return ts.preProcessFile(text, true, true).importedFiles.map((ref) => ref.fileName);
}

export type ImportGraph = Map<string, string[]>;

export function buildImportGraph(folders: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(folders)) {
    const targets = importSpecifiers(file)
      .map((specifier) => resolveSpecifier(file, specifier))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Files reachable from the entry files, the entries included. */
export function reachableFrom(graph: ImportGraph, entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const target of graph.get(file) ?? []) stack.push(target);
  }
  return seen;
}

/**
 * Every strongly connected group of two or more files (or a file importing itself), each
 * given as one concrete cycle through its files so a failure names the exact imports.
 */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];

  const connect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== file);
      const selfLoop = group.length === 1 && (graph.get(file) ?? []).includes(file);
      if (group.length > 1 || selfLoop) groups.push(group.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return groups.map((group) => cycleThrough(graph, group));
}

// A shortest path from the group's first file back to itself, inside the group.
function cycleThrough(graph: ImportGraph, group: string[]): string[] {
  const members = new Set(group);
  const start = group[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const target of graph.get(file) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [file];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, file);
        queue.push(target);
      }
    }
  }
  return [...group, start];
}
