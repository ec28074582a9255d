// A production build is complete only when `next build` exited 0; a failed build can leave
// a BUILD_ID behind, so completion is marked by a file of our own, written last.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const MARKER = path.join(".next", "build-complete.json");

export function hasCompleteBuild(): boolean {
  return existsSync(MARKER);
}

export function runProductionBuild(): void {
  rmSync(MARKER, { force: true });
  const started = Date.now();
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("`next build` failed; see the output above.");
  writeFileSync(
    MARKER,
    `${JSON.stringify({ builtAt: new Date().toISOString(), ms: Date.now() - started })}\n`,
  );
}
