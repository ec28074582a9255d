import path from "node:path";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, readMigrations } from "@/lib/db/migrate";

// Each test works in a database of its own on the shared test server.
async function withScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(process.env.DATABASE_URL ?? "");
  const name = `scratch_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base.toString() });
      await client.connect();
      await client.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

describe("migrateDatabase", () => {
  let scratch: Awaited<ReturnType<typeof withScratchDatabase>>;
  beforeAll(async () => {
    scratch = await withScratchDatabase();
  });
  afterAll(async () => {
    await scratch.drop();
  });

  it("applies every migration once, even when two instances start at the same time", async () => {
    const all = readMigrations(path.resolve("prisma/migrations"));
    const [first, second] = await Promise.all([
      migrateDatabase(scratch.url),
      migrateDatabase(scratch.url),
    ]);
    expect(first.applied.length + second.applied.length).toBe(all.length);
    const again = await migrateDatabase(scratch.url);
    expect(again).toEqual({ applied: [], alreadyApplied: all.length });

    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    const rows = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
    await client.end();
    // Prisma's own checksum: sha256 of the file, so `prisma migrate deploy` accepts this history.
    expect(rows.rows).toEqual(all.map((m) => ({ migration_name: m.name, checksum: m.checksum })));
  });

  it("refuses a migration whose file changed after it was applied", async () => {
    const other = await withScratchDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    mkdirSync(path.join(dir, "001_a"));
    writeFileSync(path.join(dir, "001_a", "migration.sql"), "CREATE TABLE a (id int);");
    await migrateDatabase(other.url, dir);
    writeFileSync(path.join(dir, "001_a", "migration.sql"), "CREATE TABLE a (id bigint);");
    await expect(migrateDatabase(other.url, dir)).rejects.toThrow(
      /was changed after it was applied/,
    );
    await other.drop();
  });

  it("rolls back a failing migration completely", async () => {
    const other = await withScratchDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
    mkdirSync(path.join(dir, "001_bad"));
    writeFileSync(
      path.join(dir, "001_bad", "migration.sql"),
      "CREATE TABLE ok_table (id int); SELECT * FROM missing_table;",
    );
    await expect(migrateDatabase(other.url, dir)).rejects.toThrow(/001_bad failed/);
    const client = new pg.Client({ connectionString: other.url });
    await client.connect();
    const tables = await client.query(`SELECT to_regclass('ok_table') AS t`);
    await client.end();
    expect(tables.rows[0]?.t).toBeNull();
    await other.drop();
  });
});
