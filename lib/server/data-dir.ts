// The data directory holds the embedded database, the generated app secret and the demo
// appliance's saved configuration.
import { mkdirSync, chmodSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";

export function resolveDataDir(dataDir: string): string {
  const absolute = path.resolve(dataDir);
  mkdirSync(absolute, { recursive: true });
  // As root, the embedded PostgreSQL runs as the `postgres` user, which must be able to
  // traverse (not list) the data directory to reach its own folder inside it.
  chmodSync(absolute, userInfo().uid === 0 ? 0o711 : 0o700);
  return absolute;
}
