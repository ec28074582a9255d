// Names the document schema accepts but a database would refuse or misread: built-in names,
// PostgreSQL's 63-byte limit and case folding, Oracle's schema-is-the-user rule. Shown next to
// the Database step's fields; the script is still generated so the admin can read it.
import type { Issue } from "../validate/issues";
import type { DatabaseType } from "../schema/igel-ums";
import type { DatabaseSettings } from "./types";
import { identifierMaxLength } from "./identifiers";

type Field = "databaseName" | "user" | "schema";

const labels: Record<Field, string> = {
  databaseName: "Database name",
  user: "Database user",
  schema: "Database schema",
};

const examples: Record<Field, string> = {
  databaseName: "rmdb",
  user: "igelums",
  schema: "igelums",
};

const MSSQL_FIXED_ROLES = [
  "db_owner",
  "db_accessadmin",
  "db_securityadmin",
  "db_ddladmin",
  "db_backupoperator",
  "db_datareader",
  "db_datawriter",
  "db_denydatareader",
  "db_denydatawriter",
];
const MSSQL_PRINCIPALS = ["dbo", "guest", "sys", "information_schema"];

// Lower-case lists; names are compared case-insensitively (SQL Server's default collation,
// Oracle's folding, and PostgreSQL's reserved role names alike).
const builtIn: Record<DatabaseType, Record<Field, readonly string[]>> = {
  MSSQL: {
    databaseName: ["master", "model", "msdb", "tempdb"],
    user: [...MSSQL_PRINCIPALS, "sa"],
    schema: [...MSSQL_PRINCIPALS, ...MSSQL_FIXED_ROLES],
  },
  POSTGRESQL: {
    databaseName: ["postgres", "template0", "template1"],
    user: ["public", "none", "current_role", "current_user", "session_user", "postgres"],
    schema: ["public", "information_schema"],
  },
  ORACLE: {
    databaseName: [],
    user: ["sys", "system", "public", "sysbackup", "sysdg", "syskm", "sysrac", "audsys", "xdb"],
    schema: [],
  },
};

export function databaseScriptWarnings(database: DatabaseSettings): Issue[] {
  const issues: Issue[] = [];
  const add = (field: Field, problem: string) =>
    issues.push({ path: `database.${field}`, message: `${labels[field]}: ${problem}` });
  const max = identifierMaxLength[database.type];

  for (const field of ["databaseName", "user", "schema"] as const) {
    const name = database[field];
    const lower = name.toLowerCase();
    const reservedPrefix = database.type === "POSTGRESQL" && lower.startsWith("pg_");
    if (builtIn[database.type][field].includes(lower) || reservedPrefix) {
      add(field, `${name} is a built-in name; choose another, such as ${examples[field]}.`);
    }
    if (name.length > max) {
      add(field, `use at most ${max} characters; longer names are cut short by the database.`);
    }
    if (database.type === "POSTGRESQL" && name !== lower) {
      add(field, `use lower case (${lower}); PostgreSQL folds unquoted names to lower case.`);
    }
  }
  if (database.type === "ORACLE" && database.schema.toUpperCase() !== database.user.toUpperCase()) {
    add(
      "schema",
      `in Oracle every user owns the schema of the same name, so UMS writes to ${database.user.toUpperCase()}; enter ${database.user} here too.`,
    );
  }
  return issues;
}
