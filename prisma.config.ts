// The Prisma CLI is used only for `generate` here (scripts/prisma-generate.ts); migrations
// are applied by lib/db/migrate.ts, so no database URL is needed at generate time.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
