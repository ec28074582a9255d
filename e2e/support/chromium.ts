// Which Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the
// browser Playwright installed itself (undefined lets Playwright find it).
import { existsSync } from "node:fs";

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

// Headless and quiet: no sandbox (CI runs as root), no background calls to the internet.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];
