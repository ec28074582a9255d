// `npm run db:migrate`: apply pending migrations to DATABASE_URL (the app also does this
// itself at every start; this is for upgrades run as a separate step).
import { parseEnv } from "@/lib/env";
import { migrateDatabase } from "@/lib/db/migrate";
import { describeDatabaseUrl } from "@/lib/server/prepare-database";

const env = parseEnv(process.env);
if (!env.DATABASE_URL) {
  console.error(
    "Set DATABASE_URL to the PostgreSQL database to migrate (the embedded default migrates itself at start).",
  );
  process.exit(1);
}
const result = await migrateDatabase(env.DATABASE_URL);
console.info(
  `${describeDatabaseUrl(env.DATABASE_URL)}: ${result.applied.length ? `applied ${result.applied.join(", ")}` : "already up to date"}`,
);
