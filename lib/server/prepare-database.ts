// One code path after the connection: either the embedded PostgreSQL or DATABASE_URL,
// then the same migrations.
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { superviseEmbeddedPostgres } from "@/lib/db/embedded-postgres-supervisor";
import { migrateDatabase } from "@/lib/db/migrate";
import type { Env } from "@/lib/env";
import { log } from "@/lib/log";

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  /** Called when the app starts shutting down, before its users of the database stop. */
  stopping(): void;
  stop(): Promise<void>;
}

export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/**
 * onDatabaseLost: the embedded server died and could not be restarted (an external server
 * is not ours to restart: the app keeps retrying it and /api/health answers 503 meanwhile).
 */
export async function prepareDatabase(
  env: Env,
  dataDir: string,
  onDatabaseLost: (reason: string) => void = () => undefined,
): Promise<PreparedDatabase> {
  let database: PreparedDatabase;
  if (env.DATABASE_URL) {
    database = {
      url: env.DATABASE_URL,
      embedded: false,
      stopping: () => undefined,
      stop: async () => undefined,
    };
    log.info(
      `Database: external PostgreSQL at ${describeDatabaseUrl(env.DATABASE_URL)} (DATABASE_URL)`,
    );
  } else {
    const started = Date.now();
    const embedded = await startEmbeddedPostgres(dataDir);
    const supervised = superviseEmbeddedPostgres(embedded, {
      restart: (port) => startEmbeddedPostgres(dataDir, { port }),
      onGiveUp: onDatabaseLost,
    });
    database = {
      url: embedded.url,
      embedded: true,
      stopping: supervised.stopping,
      stop: supervised.stop,
    };
    log.info(
      `Database: embedded PostgreSQL, data in ${path.join(dataDir, "postgres")}, listening on ${describeDatabaseUrl(embedded.url)} (started in ${Date.now() - started} ms)`,
    );
  }
  try {
    const result = await migrateDatabase(database.url);
    log.info(
      result.applied.length > 0
        ? `Database migrations applied: ${result.applied.join(", ")}`
        : `Database schema up to date (${result.alreadyApplied} migrations)`,
    );
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
