import { describe, expect, it } from "vitest";
import { databaseScript, PASSWORD_PLACEHOLDER, type DatabaseSettings } from ".";
import { databaseTypes } from "../schema/igel-ums";
import { topologyDocumentSchema } from "../validate";
import { igelExample } from "../testing/examples";

const seed: DatabaseSettings = {
  type: "MSSQL",
  host: "umsdb.corp.local",
  port: 1433,
  databaseName: "rmdb",
  user: "igelums",
  schema: "igelums",
};

const withType = (type: DatabaseSettings["type"], extra: Partial<DatabaseSettings> = {}) =>
  databaseScript({ ...seed, type, ...extra });

describe("databaseScript", () => {
  it("creates the default database, login, user with default schema, schema and db_owner on SQL Server", () => {
    const { text, fileName, dialect } = withType("MSSQL");
    expect(dialect).toBe("MSSQL");
    expect(fileName).toBe("rmdb.mssql.sql");
    expect(text).toContain("CREATE DATABASE [rmdb];");
    expect(text).toContain(`WITH PASSWORD = N'${PASSWORD_PLACEHOLDER}',`);
    expect(text).toContain(
      "CREATE USER [igelums] FOR LOGIN [igelums] WITH DEFAULT_SCHEMA = [igelums];",
    );
    expect(text).toContain("CREATE SCHEMA [igelums] AUTHORIZATION [igelums];");
    expect(text).toContain("ALTER ROLE [db_owner] ADD MEMBER [igelums];");
    // USE comes before the database-level statements, and the schema is alone in its batch.
    expect(text.indexOf("USE [rmdb];")).toBeLessThan(text.indexOf("CREATE USER"));
    expect(text).toMatch(/GO\n\nCREATE SCHEMA [^\n]+\nGO/);
  });

  it("creates a role, a database and a schema it owns, and its search_path on PostgreSQL", () => {
    const { text, fileName } = withType("POSTGRESQL");
    expect(fileName).toBe("rmdb.postgresql.sql");
    expect(text).toContain(`CREATE ROLE "igelums" WITH LOGIN PASSWORD '${PASSWORD_PLACEHOLDER}';`);
    expect(text).toContain('CREATE DATABASE "rmdb" OWNER "igelums";');
    expect(text).toContain('CREATE SCHEMA "igelums" AUTHORIZATION "igelums";');
    expect(text).toContain('ALTER ROLE "igelums" IN DATABASE "rmdb" SET search_path = "igelums";');
  });

  it("creates an upper-case user with a quota and the object privileges on Oracle", () => {
    const { text, notes } = withType("ORACLE");
    expect(text).toContain(`CREATE USER "IGELUMS" IDENTIFIED BY "${PASSWORD_PLACEHOLDER}"`);
    expect(text).toContain("QUOTA UNLIMITED ON USERS;");
    expect(text).toMatch(/GRANT CREATE SESSION, CREATE TABLE, CREATE SEQUENCE, CREATE VIEW,/);
    expect(text).not.toMatch(/CREATE DATABASE/);
    expect(notes.join(" ")).toContain("the user and the schema are both IGELUMS");
  });

  it.each(databaseTypes)("%s: never holds a password, only the placeholder", (type) => {
    const { text } = withType(type);
    expect(text.match(/PASSWORD|IDENTIFIED BY/g)?.length).toBe(1);
    expect(text).toContain(PASSWORD_PLACEHOLDER);
  });

  it.each(databaseTypes)(
    "%s: notes cover who runs it, the first server and connections",
    (type) => {
      const notes = databaseScript({ ...seed, type }, { serverCount: 3 }).notes.join("\n");
      expect(notes).toContain("database administrator");
      expect(notes).toMatch(/first UMS server and answer yes/);
      expect(notes).toContain("about 128 database connections per UMS server");
      expect(notes).toContain("about 384 for these 3 servers");
    },
  );

  it("says db_owner is IGEL's documented grant for creating the tables", () => {
    expect(withType("MSSQL").notes.join(" ")).toMatch(/db_owner on rmdb: IGEL documents db_owner/);
  });

  it("refuses names that are not plain identifiers instead of quoting them into SQL", () => {
    for (const bad of ["rm]db", 'x"; DROP', "1db", "a b", "", "ü"]) {
      for (const type of databaseTypes) {
        expect(() => withType(type, { databaseName: bad })).toThrow(/not a plain SQL identifier/);
        expect(() => withType(type, { user: bad })).toThrow(/not a plain SQL identifier/);
        expect(() => withType(type, { schema: bad })).toThrow(/not a plain SQL identifier/);
      }
    }
  });

  it("agrees with the document schema: every name it accepts is a plain identifier", () => {
    const doc = igelExample();
    for (const name of ["rm]db", "a-b", "x;y", "_x"]) {
      const parsed = topologyDocumentSchema.safeParse({
        ...doc,
        database: { ...doc.database, user: name },
      });
      expect(parsed.success, name).toBe(false);
    }
  });

  it("keeps a line break in the host out of the SQL comments", () => {
    const { text } = withType("MSSQL", { host: "db\nDROP DATABASE x", port: 0 });
    expect(text).not.toContain("DROP DATABASE");
    expect(text).toContain("<database host>:1433");
  });

  it("warns about built-in names, PostgreSQL case and length, and Oracle's schema rule", () => {
    expect(
      withType("MSSQL", { user: "sa", schema: "dbo", databaseName: "master" }).warnings,
    ).toEqual([
      {
        path: "database.databaseName",
        message: "Database name: master is a built-in name; choose another, such as rmdb.",
      },
      {
        path: "database.user",
        message: "Database user: sa is a built-in name; choose another, such as igelums.",
      },
      {
        path: "database.schema",
        message: "Database schema: dbo is a built-in name; choose another, such as igelums.",
      },
    ]);
    const pg = withType("POSTGRESQL", {
      user: "IgelUms",
      schema: "pg_ums",
      databaseName: "r".repeat(64),
    });
    expect(pg.warnings.map((w) => w.message)).toEqual([
      "Database name: use at most 63 characters; longer names are cut short by the database.",
      "Database user: use lower case (igelums); PostgreSQL folds unquoted names to lower case.",
      "Database schema: pg_ums is a built-in name; choose another, such as igelums.",
    ]);
    expect(withType("ORACLE", { schema: "other" }).warnings).toEqual([
      {
        path: "database.schema",
        message:
          "Database schema: in Oracle every user owns the schema of the same name, so UMS writes to IGELUMS; enter igelums here too.",
      },
    ]);
    expect(withType("ORACLE", { schema: "IGELUMS" }).warnings).toEqual([]);
    for (const type of databaseTypes) expect(withType(type).warnings).toEqual([]);
  });
});
