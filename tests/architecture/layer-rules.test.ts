// The layer rules in eslint.config.mjs, run through ESLint itself: what each folder may not
// import (by "@/" or by a relative path out of the folder), and what stays allowed.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { importSpecifiers, REPO_ROOT, resolveSpecifier, sourceFiles } from "./import-graph";

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: REPO_ROOT });
}, 60_000);

async function restrictions(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(REPO_ROOT, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

const refused: Array<[string, string]> = [
  ["lib/topology/x.ts", 'import { getDb } from "@/lib/db/client";'],
  ["lib/topology/x.ts", 'import { openClient } from "@/lib/apply/connect";'],
  ["lib/topology/plan/x.ts", 'import type { NitroRecord } from "@/lib/nitro";'],
  ["lib/topology/plan/x.ts", 'import { getDb } from "../../db/client";'],
  ["lib/topology/x.ts", 'export { pollOnce } from "@/lib/status/poller";'],
  ["lib/nitro/x.ts", 'import { compile } from "@/lib/topology";'],
  ["lib/nitro/x.ts", 'import { log } from "@/lib/log";'],
  ["lib/nitro/resources/x.ts", 'import { compile } from "../../topology";'],
  ["lib/simulator/x.ts", 'import { NitroClient } from "@/lib/nitro";'],
  ["lib/simulator/core/x.ts", 'import { slugify } from "../../slugify";'],
  ["components/x.tsx", 'import { getDb } from "@/lib/db/client";'],
  ["components/x.tsx", 'import type { PrismaClient } from "@/lib/generated/prisma/client";'],
  ["components/x.tsx", 'import { listAppliances } from "@/lib/appliances/store";'],
  ["components/x.tsx", 'import { listRuns } from "@/lib/apply/store/runs";'],
  ["components/x.tsx", 'import { listRevisions } from "@/lib/topologies/revisions";'],
  ["components/wizard/x.tsx", 'import { getDb } from "../../lib/db/client";'],
  ["lib/db/x.ts", 'import { findTopology } from "@/lib/topologies/store";'],
  ["lib/db/x.ts", 'import { requireAppSession } from "@/lib/auth/session";'],
  ["lib/db/x.ts", 'import { audit } from "../audit/record";'],
];

const allowed: Array<[string, string]> = [
  ["lib/topology/x.ts", 'import { z } from "zod";'],
  ["lib/topology/plan/x.ts", 'import { diff } from "./diff";\nimport { kinds } from "../kinds";'],
  ["lib/topology/x.ts", 'import { slugify } from "@/lib/slugify";'],
  ["lib/nitro/resources/x.ts", 'import { NitroClient } from "../client";'],
  ["lib/nitro/x.ts", 'import { Agent } from "undici";\nimport { x } from "@/lib/nitro/envelope";'],
  ["lib/simulator/http/x.ts", 'import { Appliance } from "../core/appliance";'],
  ["lib/nitro/x.test.ts", 'import { startSimulator } from "@/lib/simulator";'],
  ["lib/nitro/testing/x.ts", 'import { startSimulator } from "@/lib/simulator";'],
  ["components/x.tsx", 'import type { ApplianceView } from "@/lib/appliances/store";'],
  ["components/x.tsx", 'import { type AuditEntry } from "@/lib/audit/query";'],
  ["components/x.tsx", 'import { loadApplianceChoices } from "@/lib/appliances/options";'],
  ["components/x.tsx", 'import { diffDocuments } from "@/lib/topology/diff";'],
  ["components/wizard/x.tsx", 'import { Button } from "../ui/button";'],
  ["lib/db/x.ts", 'import { PrismaClient } from "@/lib/generated/prisma/client";'],
  ["lib/db/x.ts", 'import { log } from "@/lib/log";\nimport { readEnv } from "@/lib/env";'],
  ["lib/db/x.ts", 'import { freePort } from "@/lib/server/free-port";\nimport pg from "pg";'],
  ["lib/db/x.ts", 'import { migrate } from "./migrate";'],
];

describe("the layer rules", () => {
  it.each(refused)("%s may not: %s", async (file, code) => {
    expect(await restrictions(file, code)).not.toEqual([]);
  });

  it.each(allowed)("%s may: %s", async (file, code) => {
    expect(await restrictions(file, code)).toEqual([]);
  });

  it("keep components away from every module that queries the database", async () => {
    const queryModules = sourceFiles(["lib"]).filter(
      (file) =>
        !file.startsWith("lib/db/") &&
        !file.includes("/testing/") &&
        !file.endsWith(".test.ts") &&
        importSpecifiers(file).some(
          (specifier) =>
            resolveSpecifier(file, specifier) === "lib/db/client.ts" ||
            specifier === "@/lib/generated/prisma/client",
        ),
    );
    expect(queryModules.length).toBeGreaterThan(10);
    const unguarded: string[] = [];
    for (const file of queryModules) {
      const specifier = "@/" + file.replace(/\.tsx?$/, "");
      const found = await restrictions("components/x.tsx", `import { x } from "${specifier}";`);
      if (found.length === 0) unguarded.push(file);
    }
    expect(unguarded, "add these to DATABASE_QUERY_MODULES in eslint.config.mjs").toEqual([]);
  });
});
