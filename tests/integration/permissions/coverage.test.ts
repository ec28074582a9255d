// Nothing skips the permission harness: every server action ("use server" module) and every
// route handler (route.ts) anywhere in app/, lib/ and components/ is found in the source
// (source-scan.ts; its own test plants one in lib/) and must have a case (action-cases.ts,
// route-cases.ts) or a reasoned exemption (exemptions.ts). A new one without a row fails here.
import { describe, expect, it } from "vitest";
import { actionCases } from "./action-cases";
import { exemptActions, exemptRouteFolders, exemptRoutes, fileOf } from "./exemptions";
import { routeCases } from "./route-cases";
import {
  scanInlineServerActions,
  scanRouteHandlers,
  scanServerActions,
  type RouteHandler,
  type ServerActionExport,
} from "./source-scan";

const actions = scanServerActions();
const handlers = scanRouteHandlers();

const actionKey = (file: string, exportName: string) => `${file} › ${exportName}`;
const routeKey = (file: string, method: string) => `${method} ${file}`;

function failWith(title: string, lines: string[], fix: string): void {
  if (lines.length === 0) return;
  throw new Error(`${title}\n${lines.map((line) => `  - ${line}`).join("\n")}\n${fix}`);
}

const caseKeys = actionCases.map((c) => actionKey(fileOf(c.module), c.exportName));
const exemptKeys = exemptActions.map((e) => actionKey(fileOf(e.module), e.exportName));

describe("server actions", () => {
  it("finds the actions of the tree (the scan itself works)", () => {
    expect(actions.length).toBeGreaterThanOrEqual(actionCases.length);
    expect(actions.map((a) => actionKey(a.file, a.exportName))).toContain(
      "app/(app)/topologies/actions.ts › createTopologyAction",
    );
  });

  it("has a permission case or an exemption for every exported action", () => {
    const listed = new Set([...caseKeys, ...exemptKeys]);
    const missing = actions.filter((a) => !listed.has(actionKey(a.file, a.exportName)));
    failWith(
      `${missing.length} server action(s) have no permission case:`,
      missing.map(
        (a: ServerActionExport) =>
          `${actionKey(a.file, a.exportName)} (names ${a.permission ?? "no permission"})`,
      ),
      "Add a row per action to tests/integration/permissions/action-cases.ts (see its README), " +
        "or, for an action of signed-out users, an entry with the reason to exemptions.ts.",
    );
  });

  it("lists only actions that exist, each once", () => {
    const exported = new Set(actions.map((a) => actionKey(a.file, a.exportName)));
    const all = [...caseKeys, ...exemptKeys];
    failWith(
      "Rows for actions that no longer exist (renamed or moved?):",
      all.filter((key) => !exported.has(key)),
      "Update or remove them in action-cases.ts / exemptions.ts.",
    );
    failWith(
      "Actions listed twice:",
      all.filter((key, index) => all.indexOf(key) !== index),
      "Keep one row per action.",
    );
  });

  it("wraps every action that is not exempt in authedAction with the permission of its row", () => {
    const exempt = new Set(exemptKeys);
    const named = new Map(actions.map((a) => [actionKey(a.file, a.exportName), a.permission]));
    const unwrapped = actions.filter(
      (a) => a.permission === null && !exempt.has(actionKey(a.file, a.exportName)),
    );
    failWith(
      "Actions that do not go through authedAction(name, { permission, schema }, body):",
      unwrapped.map((a) => actionKey(a.file, a.exportName)),
      "Wrap them (lib/safe-action.ts), so the session, input and role are checked first; " +
        "an action for signed-out users gets an entry with the reason in exemptions.ts instead.",
    );
    const mismatched = actionCases.filter((c) => {
      const inSource = named.get(actionKey(fileOf(c.module), c.exportName));
      return inSource !== undefined && inSource !== c.permission;
    });
    failWith(
      "Rows whose permission differs from the one the action names:",
      mismatched.map(
        (c) =>
          `${actionKey(fileOf(c.module), c.exportName)}: row ${c.permission}, code ${named.get(actionKey(fileOf(c.module), c.exportName))}`,
      ),
      "Decide which is right; the row is what the permission table promises.",
    );
  });

  it("has no inline server actions (a 'use server' function body), which no scan can list", () => {
    failWith(
      "Files with an inline 'use server' function:",
      scanInlineServerActions(),
      "Move the action to a 'use server' module and wrap it in authedAction.",
    );
  });
});

describe("route handlers", () => {
  const inExemptFolder = (h: RouteHandler) =>
    exemptRouteFolders.some((f) => h.file.startsWith(`${f.folder}/`));
  const exemptKeysOfRoutes = new Set(exemptRoutes.map((e) => routeKey(fileOf(e.module), e.method)));
  const caseKeysOfRoutes = routeCases.map((c) => routeKey(fileOf(c.module), c.method));

  it("finds the route handlers of the tree (the scan itself works)", () => {
    expect(handlers.map((h) => routeKey(h.file, h.method))).toContain(
      "GET app/api/topologies/[id]/plan/route.ts",
    );
  });

  it("has a case for every GET with an [id], and an exemption for every other handler", () => {
    const covered = new Set(caseKeysOfRoutes);
    const missing = handlers.filter((h) => {
      const key = routeKey(h.file, h.method);
      return !inExemptFolder(h) && !exemptKeysOfRoutes.has(key) && !covered.has(key);
    });
    failWith(
      `${missing.length} route handler(s) have no permission case:`,
      missing.map(
        (h) => `${h.method} ${h.route} (${h.file}, names ${h.permission ?? "no permission"})`,
      ),
      "A GET with an [id]: add a row to tests/integration/permissions/route-cases.ts. " +
        "Anything else: decide how it is authorized and add a case or a reasoned exemption.",
    );
  });

  it("lists only handlers that exist, each once", () => {
    const present = new Set(handlers.map((h) => routeKey(h.file, h.method)));
    const all = [...caseKeysOfRoutes, ...exemptKeysOfRoutes];
    failWith(
      "Rows for handlers that no longer exist:",
      all.filter((key) => !present.has(key)),
      "Update or remove them in route-cases.ts / exemptions.ts.",
    );
    failWith(
      "Handlers listed twice:",
      all.filter((key, index) => all.indexOf(key) !== index),
      "Keep one row per handler.",
    );
  });

  it("wraps every covered handler in route() with the permission of its row", () => {
    const named = new Map(handlers.map((h) => [routeKey(h.file, h.method), h.permission]));
    const wrong = routeCases.filter(
      (c) => named.get(routeKey(fileOf(c.module), c.method)) !== c.permission,
    );
    failWith(
      "Handlers that are not route(permission, handler) with the permission of their row:",
      wrong.map(
        (c) =>
          `${routeKey(fileOf(c.module), c.method)}: row ${c.permission}, code ${named.get(routeKey(fileOf(c.module), c.method)) ?? "none"}`,
      ),
      "Export it as `export const GET = route(permission, handler)` (lib/server/route.ts).",
    );
  });

  it("makes every other handler with publicRoute(), so it answers errors like the rest", () => {
    const covered = new Set(caseKeysOfRoutes);
    const unwrapped = handlers.filter(
      (h) => !covered.has(routeKey(h.file, h.method)) && h.wrapper !== "publicRoute",
    );
    failWith(
      "Handlers without a permission case that are not publicRoute(handler):",
      unwrapped.map((h) => `${routeKey(h.file, h.method)} (${h.wrapper ?? "no wrapper"})`),
      "Export it as `export const GET = publicRoute(handler)`, or add a permission case and use route().",
    );
  });
});
