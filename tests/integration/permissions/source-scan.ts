// Reads the app's source (never imports it) to find what the permission harness must cover:
// every export of a "use server" module, every route handler, and the permission each names.
// Being static, it also finds an action or route nobody has written a test for yet. It reads
// the whole tree (app, lib, components): a "use server" module or a route.ts is an endpoint
// wherever it sits, and one outside app/ or app/api must not pass unseen.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

export interface ServerActionExport {
  /** Repository-relative path with forward slashes, e.g. app/(app)/topologies/actions.ts. */
  file: string;
  exportName: string;
  /** The permission named in `authedAction(…, { permission })`; null when not wrapped. */
  permission: string | null;
}

export interface RouteHandler {
  file: string;
  /** The URL path, route groups left out: /api/topologies/[id]/plan. */
  route: string;
  method: string;
  /** How the export is made: `route(…)` (signed in), `publicRoute(…)`, or null for neither. */
  wrapper: "route" | "publicRoute" | null;
  /** The permission named in `route("…", handler)`; null for any other export. */
  permission: string | null;
}

export interface PermissionCheck {
  /** A page's URL path for files under app/, else the component's file. */
  where: string;
  permission: string;
}

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Where endpoints can be written: every folder the app's bundle is built from. */
export const SCANNED_DIRS = ["app", "lib", "components"] as const;
/** Generated code and dependencies are not ours to scan. */
const SKIPPED = new Set(["node_modules", "generated", ".next"]);
const SOURCE_FILE = /\.(ts|tsx|mts|js|mjs|jsx)$/;
const TEST_FILE = /\.test\.(ts|tsx|mts|js|mjs|jsx)$/;
const ROUTE_FILE = /(^|\/)route\.(ts|tsx|mts|js|mjs|jsx)$/;

/** The files a scan reads: the repository by default, fixture text in the scanner's own tests. */
export interface SourceTree {
  /** Repository-relative paths with forward slashes, sorted. */
  files(): string[];
  read(file: string): string;
}

/** Source files below `dir`, sorted, so every listing (and the generated doc) is stable. */
function walk(dir: string): string[] {
  const entries = readdirSync(path.join(repoRoot, dir), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (SKIPPED.has(entry.name)) return [];
    if (entry.isDirectory()) return walk(rel);
    return SOURCE_FILE.test(entry.name) && !TEST_FILE.test(entry.name) ? [rel] : [];
  });
}

export const repoTree: SourceTree = {
  files: () => SCANNED_DIRS.flatMap(walk),
  read: (file) => readFileSync(path.join(repoRoot, file), "utf8"),
};

function parseText(file: string, text: string): ts.SourceFile {
  const kind = /\.[jt]sx$/.test(file) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

function parse(file: string, tree: SourceTree = repoTree): ts.SourceFile {
  return parseText(file, tree.read(file));
}

/** True when the statements open with the directive (a directive prologue). */
function hasDirective(statements: ts.NodeArray<ts.Statement>, directive: string): boolean {
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) {
      return false;
    }
    if (statement.expression.text === directive) return true;
  }
  return false;
}

function isExported(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function calleeName(call: ts.CallExpression): string | null {
  return ts.isIdentifier(call.expression) ? call.expression.text : null;
}

function stringArg(call: ts.CallExpression, index: number): string | null {
  const arg = call.arguments[index];
  return arg && ts.isStringLiteralLike(arg) ? arg.text : null;
}

/** Every call in `node`'s subtree, in source order. */
function calls(node: ts.Node): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) found.push(n);
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** `permission: "…"` in an options object literal. */
function optionsPermission(options: ts.Expression | undefined): string | null {
  if (!options || !ts.isObjectLiteralExpression(options)) return null;
  for (const property of options.properties) {
    if (
      ts.isPropertyAssignment(property) &&
      ts.isIdentifier(property.name) &&
      property.name.text === "permission" &&
      ts.isStringLiteralLike(property.initializer)
    ) {
      return property.initializer.text;
    }
  }
  return null;
}

/** `permission: "…"` in authedAction's options object. */
function authedPermission(init: ts.Expression | undefined): string | null {
  if (!init || !ts.isCallExpression(init) || calleeName(init) !== "authedAction") return null;
  return optionsPermission(init.arguments[1]);
}

function exportsOf(
  source: ts.SourceFile,
): Array<{ name: string; node: ts.Node; init?: ts.Expression }> {
  const out: Array<{ name: string; node: ts.Node; init?: ts.Expression }> = [];
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) {
          out.push({
            name: declaration.name.text,
            node: declaration,
            init: declaration.initializer,
          });
        }
      }
    } else if (ts.isFunctionDeclaration(statement) && isExported(statement)) {
      out.push({ name: statement.name?.text ?? "default", node: statement });
    } else if (ts.isExportDeclaration(statement) && statement.exportClause) {
      if (ts.isNamedExports(statement.exportClause)) {
        for (const element of statement.exportClause.elements) {
          out.push({ name: element.name.text, node: element });
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      out.push({ name: "default", node: statement });
    }
  }
  return out;
}

/** Exports of every module (app, lib, components) that starts with "use server". */
export function scanServerActions(tree: SourceTree = repoTree): ServerActionExport[] {
  return tree.files().flatMap((file) => {
    const source = parse(file, tree);
    if (!hasDirective(source.statements, "use server")) return [];
    return exportsOf(source).map(({ name, init }) => ({
      file,
      exportName: name,
      permission: authedPermission(init),
    }));
  });
}

/**
 * Files (app, lib, components) with a "use server" function inside (an inline action): none
 * may exist, because the harness can only find and test actions of "use server" modules.
 */
export function scanInlineServerActions(tree: SourceTree = repoTree): string[] {
  return tree.files().filter((file) => {
    let inline = false;
    const visit = (node: ts.Node) => {
      if (ts.isBlock(node) && ts.isFunctionLike(node.parent)) {
        inline ||= hasDirective(node.statements, "use server");
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(file, tree));
    return inline;
  });
}

/**
 * A file's URL path: app/(app)/topologies/[id]/page.tsx → /topologies/[id]. Outside app/ a
 * file serves no URL; its path stands in, so a stray route.ts is still reported by name.
 */
export function routeOf(file: string): string {
  if (!file.startsWith("app/")) return file;
  const parts = file.split("/").slice(1, -1);
  return `/${parts.filter((p) => !/^\(.*\)$/.test(p)).join("/")}`;
}

/** The wrapper an export is made with (`export const GET = route("…", handler)`). */
function wrapperOf(init: ts.Expression | undefined): Pick<RouteHandler, "wrapper" | "permission"> {
  const call = init && ts.isCallExpression(init) ? init : null;
  const name = call && calleeName(call);
  if (call && name === "route") return { wrapper: "route", permission: stringArg(call, 0) };
  if (name === "publicRoute") return { wrapper: "publicRoute", permission: null };
  return { wrapper: null, permission: null };
}

/**
 * Every exported HTTP method of every route.ts in the tree (app/api and the rest of app/, lib,
 * components), with its wrapper and permission.
 */
export function scanRouteHandlers(tree: SourceTree = repoTree): RouteHandler[] {
  return tree
    .files()
    .filter((file) => ROUTE_FILE.test(file))
    .flatMap((file) =>
      exportsOf(parse(file, tree))
        .filter(({ name }) => HTTP_METHODS.has(name))
        .map(({ name, init }) => ({
          file,
          route: routeOf(file),
          method: name,
          ...wrapperOf(init),
        })),
    );
}

/** The loaders (lib/topologies/load.ts) that answer 404 when the role lacks the permission. */
const GUARDED_LOADERS = new Set(["loadTopology", "lookupTopology"]);

/** The permission a call checks: `can(role, "…")`, `canInWorkspace` or a guarded loader's. */
function checkedPermission(call: ts.CallExpression): string | null {
  const name = calleeName(call);
  // canInWorkspace(session, "…") is can() plus a workspace's grant (lib/auth/appliance-grant.ts).
  if (name === "can" || name === "canInWorkspace") return stringArg(call, 1);
  if (name && GUARDED_LOADERS.has(name)) return optionsPermission(call.arguments[1]);
  return null;
}

/**
 * Where pages and components ask `can(role, "…")` to show or hide something, or load their
 * topology through a loader that shows the whole page only with the permission.
 */
export function scanPermissionChecks(): PermissionCheck[] {
  const files = [...walk("app"), ...walk("components")].filter((file) => !ROUTE_FILE.test(file));
  const seen = new Set<string>();
  return files.flatMap((file) => {
    const source = parse(file);
    if (hasDirective(source.statements, "use server")) return [];
    return calls(source).flatMap((call) => {
      const permission = checkedPermission(call);
      const where = file.startsWith("app/") ? routeOf(file) : file;
      const key = `${where}|${permission}`;
      if (!permission || seen.has(key)) return [];
      seen.add(key);
      return [{ where, permission }];
    });
  });
}
