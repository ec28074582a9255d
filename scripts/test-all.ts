// `npm test`: lint, typecheck, unit + integration tests (vitest, real PostgreSQL) and e2e
// (Playwright, real Chromium). Every stage runs even if an earlier one failed, so one run
// shows everything; the last line totals the tests of both runners.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface Stage {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const reports = path.resolve("test-results");
mkdirSync(reports, { recursive: true });
const bin = (name: string) => path.join("node_modules", ".bin", name);

const stages: Stage[] = [
  { name: "lint", command: [bin("eslint"), ".", "--max-warnings", "0"] },
  { name: "format", command: [bin("prettier"), "--check", "."] },
  { name: "typecheck", command: [bin("tsc"), "--noEmit"] },
  {
    name: "unit+integration",
    command: [
      bin("vitest"),
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${reports}/vitest.json`,
    ],
  },
  {
    name: "e2e",
    command: [bin("playwright"), "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` },
  },
];

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

function countTests(): { passed: number; failed: number; skipped: number } {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const vitest = readJson(`${reports}/vitest.json`) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numPendingTests?: number;
  } | null;
  totals.passed += vitest?.numPassedTests ?? 0;
  totals.failed += vitest?.numFailedTests ?? 0;
  totals.skipped += vitest?.numPendingTests ?? 0;
  const playwright = readJson(`${reports}/playwright.json`) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  } | null;
  totals.passed += (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
  totals.failed += playwright?.stats?.unexpected ?? 0;
  totals.skipped += playwright?.stats?.skipped ?? 0;
  return totals;
}

const results: Array<{ name: string; ok: boolean; seconds: number }> = [];
for (const stage of stages) {
  const [command, ...args] = stage.command;
  if (!command) continue;
  console.info(`\n▶ ${stage.name}: ${stage.command.join(" ")}`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...stage.env } });
  results.push({ name: stage.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.info("\nSummary");
for (const r of results)
  console.info(`  ${r.ok ? "ok  " : "FAIL"}  ${r.name.padEnd(18)} ${r.seconds.toFixed(1)} s`);
const totals = countTests();
const failedStages = results.filter((r) => !r.ok).length;
// A failed lint/typecheck stage counts as a failure too, so the closing line never says 0 failed while a stage failed.
console.info(
  `tests: ${totals.passed} passed, ${totals.failed + failedStages} failed, ${totals.skipped} skipped`,
);
process.exit(failedStages > 0 || totals.failed > 0 ? 1 : 0);
