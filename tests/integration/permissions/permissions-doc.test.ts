// docs/permissions.md is the permission table for people: generated from the table and the code
// (scripts/permissions-doc.ts), and checked here, so it says what the code does.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { permissions } from "@/lib/auth/permissions";
import { permissionsDocPath, renderPermissionsDoc } from "@/scripts/permissions-doc";

describe("docs/permissions.md", () => {
  it("is what npm run permissions:doc generates from the table and the code", () => {
    const written = existsSync(permissionsDocPath) ? readFileSync(permissionsDocPath, "utf8") : "";
    expect(written, "docs/permissions.md is out of date: run npm run permissions:doc").toBe(
      renderPermissionsDoc(),
    );
  });

  it("names every permission with exactly the roles that hold it", () => {
    const doc = renderPermissionsDoc();
    for (const [permission, allowed] of Object.entries(permissions)) {
      const row = doc.split("\n").find((line) => line.startsWith(`| \`${permission}\` |`));
      const cells = row?.split("|").map((cell) => cell.trim()) ?? [];
      // | `p` | Owner | Editor | Viewer | text |  →  cells 2..4 are the roles.
      expect(cells.slice(2, 5), permission).toEqual(
        ["owner", "editor", "viewer"].map((role) =>
          (allowed as readonly string[]).includes(role) ? "✓" : "",
        ),
      );
    }
  });
});
