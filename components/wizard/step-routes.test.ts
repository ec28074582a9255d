// Each wizard step has its own route folder, so a step page ships only its own forms. This
// keeps the folders and lib/topology's step ids in step: every step of every kind has a page
// that names a view for that kind, and no folder is a step of neither kind.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stepIds } from "@/lib/topology/schema/step-ids";

const WIZARD = path.resolve(import.meta.dirname, "../../app/(app)/topologies/[id]/wizard");

describe("wizard step routes", () => {
  it.each(["IGEL_UMS", "XENMOBILE"] as const)("%s: every step has a page with its view", (kind) => {
    for (const step of stepIds[kind]) {
      const page = path.join(WIZARD, step, "page.tsx");
      expect(existsSync(page), `${step}/page.tsx`).toBe(true);
      const source = readFileSync(page, "utf8");
      expect(source, `${step} names its step`).toContain(`wizardStepPage("${step}"`);
      expect(source, `${step} has a ${kind} view`).toMatch(new RegExp(`\\b${kind}: `));
    }
  });

  it("has no folder for a step neither kind has", () => {
    const all = new Set<string>([...stepIds.IGEL_UMS, ...stepIds.XENMOBILE]);
    const folders = readdirSync(WIZARD, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "[step]")
      .map((entry) => entry.name);
    expect(folders.filter((name) => !all.has(name))).toEqual([]);
    expect(folders.sort()).toEqual([...all].sort());
  });
});
