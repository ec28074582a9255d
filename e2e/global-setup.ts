// Build once for the whole e2e run, so every app started by a spec starts in seconds.
import { hasCompleteBuild, runProductionBuild } from "../lib/server/build";

export default function globalSetup(): void {
  if (process.env.E2E_SKIP_BUILD === "1" && hasCompleteBuild()) return;
  runProductionBuild();
}
