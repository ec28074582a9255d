// On the embedded default, the launcher runs the built-in NetScaler simulator beside the app
// as the "Demo NetScaler (simulated)" appliance. Its saved configuration and certificate live
// in DATA_DIR/simulator, so what a user applied and saved survives a restart (like an
// appliance's saved config) and its pinned fingerprint stays the same.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { setDerivedEnv, type Env } from "@/lib/env";
import { log } from "@/lib/log";
import { startSimulator, type RunningSimulator } from "@/lib/simulator";

export function demoSimulatorWanted(env: Env): boolean {
  return env.DEMO_APPLIANCE === "on" || (env.DEMO_APPLIANCE === "auto" && !env.DATABASE_URL);
}

export async function startDemoSimulator(dataDir: string): Promise<RunningSimulator> {
  const dir = path.join(dataDir, "simulator");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const simulator = await startSimulator({
    host: "127.0.0.1",
    port: 0,
    tls: true,
    stateFile: path.join(dir, "saved-config.json"),
    // Its fault and state controls are for tests; nobody else on this machine may use them.
    controlToken: randomBytes(24).toString("hex"),
  });
  // The app reaches it through these (read by lib/appliances/demo.ts).
  setDerivedEnv({
    DEMO_SIMULATOR_URL: simulator.url,
    DEMO_SIMULATOR_FINGERPRINT: simulator.fingerprint256 ?? "",
  });
  log.info(`Demo NetScaler (simulated) listening on ${simulator.url}`);
  return simulator;
}
