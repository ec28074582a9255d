// The scanner itself, on fixture text: an endpoint planted anywhere in the tree is found, not
// only one in app/ (server actions) or app/api (route handlers), where it used to look.
import { describe, expect, it } from "vitest";
import {
  repoTree,
  scanInlineServerActions,
  scanRouteHandlers,
  scanServerActions,
  type SourceTree,
} from "./source-scan";

function fixtureTree(files: Record<string, string>): SourceTree {
  return {
    files: () => Object.keys(files).sort(),
    read: (file) => files[file] ?? "",
  };
}

const planted = fixtureTree({
  "lib/planted/evil-action.ts": `"use server";\nexport async function wipe() {}\nexport const drop = async () => {};`,
  "components/planted/form.tsx": `export function Form() {\n  async function save() {\n    "use server";\n  }\n  return null;\n}`,
  "lib/planted/route.ts": `export async function GET() { return new Response("x"); }`,
  "app/(app)/export/route.ts": `export const POST = publicRoute(async () => new Response("x"));`,
  "components/planted/helper.ts": `export const x = "use server";`,
  "lib/planted/not-an-action.ts": `import "server-only";\nexport async function y() {}`,
});

describe("the permission harness's source scan", () => {
  it("finds a 'use server' module in lib/ or components/, with every export", () => {
    expect(scanServerActions(planted)).toEqual([
      { file: "lib/planted/evil-action.ts", exportName: "wipe", permission: null },
      { file: "lib/planted/evil-action.ts", exportName: "drop", permission: null },
    ]);
  });

  it("finds an inline 'use server' function anywhere, and not a string that merely says it", () => {
    expect(scanInlineServerActions(planted)).toEqual(["components/planted/form.tsx"]);
  });

  it("finds a route.ts outside app/api, in app/ or in lib/", () => {
    expect(
      scanRouteHandlers(planted).map(({ file, route, method, wrapper }) => ({
        file,
        route,
        method,
        wrapper,
      })),
    ).toEqual([
      {
        file: "app/(app)/export/route.ts",
        route: "/export",
        method: "POST",
        wrapper: "publicRoute",
      },
      { file: "lib/planted/route.ts", route: "lib/planted/route.ts", method: "GET", wrapper: null },
    ]);
  });

  it("reads the whole repository: app, lib and components", () => {
    const files = repoTree.files();
    for (const folder of ["app/", "lib/", "components/"]) {
      expect(
        files.some((file) => file.startsWith(folder)),
        folder,
      ).toBe(true);
    }
    expect(files.some((file) => file.includes("/generated/"))).toBe(false);
  });
});
