// The database that remembers which objects each topology created on each appliance (so a
// re-apply changes nothing and removed objects are deleted): DATABASE_URL when set, else an
// embedded PostgreSQL in the CLI's own state directory, never the app's (.data), so the CLI
// cannot disturb a running app's database.
import path from "node:path";
import { getDb } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";
import { EnvError, parseEnv } from "@/lib/env";
import { loadOrCreateAppSecret } from "@/lib/server/app-secret";
import { resolveDataDir } from "@/lib/server/data-dir";
import { DataDirInUseError, lockDataDir } from "@/lib/server/data-dir-lock";
import { CliError } from "./exit-codes";
import { onCleanup } from "./shutdown";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");

function lockStateDir(dir: string): void {
  try {
    onCleanup(lockDataDir(dir, "npm run cli"));
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    // Its message advises DATA_DIR (the app's setting); keep only who holds it.
    const holder = /is in use by (.+?)\. /.exec(error.message)?.[1] ?? "another process";
    throw new CliError(
      `The state directory ${dir} is in use by ${holder}. Wait for it to finish, or pass ` +
        "another --state-dir.",
    );
  }
}

async function startEmbedded(dir: string): Promise<string> {
  lockStateDir(dir);
  const starting = startEmbeddedPostgres(dir);
  // Registered before the start finishes: Ctrl+C during the start still stops the server.
  // stop() also copes with a server that has already gone (a terminal's Ctrl+C reaches it too).
  onCleanup(async () => {
    const database = await starting.catch(() => null);
    await database?.stop();
  });
  return (await starting).url;
}

/** Connects (starting the embedded server if needed), migrates, and points getDb() at it. */
export async function openStateDatabase(stateDir: string): Promise<void> {
  let env;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) throw new CliError(error.message);
    throw error;
  }
  let url = env.DATABASE_URL;
  // The state directory is created only when something goes into it.
  if (!env.APP_SECRET || !url) {
    const dir = resolveDataDir(stateDir);
    // Secret attributes are recorded as keyed digests: the key must not change between runs.
    if (!env.APP_SECRET) process.env.APP_SECRET = loadOrCreateAppSecret(dir).secret;
    url ??= await startEmbedded(dir);
  }
  process.env.DATABASE_URL = url;
  await migrateDatabase(url, MIGRATIONS);
  onCleanup(() => getDb().$disconnect());
}
