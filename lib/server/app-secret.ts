// On the embedded default the app secret is generated once and kept beside the data, so a
// fresh install needs no configuration and a restart keeps sessions and encrypted secrets.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export function loadOrCreateAppSecret(dataDir: string): { secret: string; created: boolean } {
  const file = path.join(dataDir, "app-secret");
  if (existsSync(file)) {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return { secret, created: false };
  }
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "w" });
  return { secret, created: true };
}
