// The demo appliance is the built-in simulator that `npm start` runs beside the app. Its port
// can change between starts, so its address is resolved at run time, never stored.
import { getEnv } from "@/lib/env";

export const DEMO_APPLIANCE_NAME = "Demo NetScaler (simulated)";
export const DEMO_USERNAME = "nsroot";
export const DEMO_PASSWORD = "nsroot";

export interface DemoSimulator {
  url: string;
  fingerprint256: string;
}

export function getDemoSimulator(): DemoSimulator | null {
  const env = getEnv();
  return env.DEMO_SIMULATOR_URL && env.DEMO_SIMULATOR_FINGERPRINT
    ? { url: env.DEMO_SIMULATOR_URL, fingerprint256: env.DEMO_SIMULATOR_FINGERPRINT }
    : null;
}
