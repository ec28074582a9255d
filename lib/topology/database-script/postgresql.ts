// PostgreSQL: a login role with the password placeholder, the database owned by it, the
// schema owned by it, and the role's search_path in that database set to the schema.
import { quotePostgres } from "./identifiers";
import { PASSWORD_PLACEHOLDER, type DatabaseSettings, type DialectScript } from "./types";

export function postgresqlScript(database: DatabaseSettings, fileName: string): DialectScript {
  const db = quotePostgres(database.databaseName);
  const role = quotePostgres(database.user);
  const schema = quotePostgres(database.schema);
  const statements = [
    `-- Run with psql (it uses \\connect) as a superuser such as postgres, which may create the`,
    `-- database and schema on behalf of the new role:`,
    `--   psql -h ${database.host} -p ${database.port} -U postgres -d postgres -f ${fileName}`,
    ``,
    // Stop at the first error instead of running the rest against the wrong database.
    `\\set ON_ERROR_STOP on`,
    ``,
    `CREATE ROLE ${role} WITH LOGIN PASSWORD '${PASSWORD_PLACEHOLDER}';`,
    ``,
    `CREATE DATABASE ${db} OWNER ${role};`,
    ``,
    `\\connect ${db}`,
    ``,
    `CREATE SCHEMA ${schema} AUTHORIZATION ${role};`,
    ``,
    `-- UMS's unqualified table names then resolve to its own schema.`,
    `ALTER ROLE ${role} IN DATABASE ${db} SET search_path = ${schema};`,
  ].join("\n");
  return {
    statements,
    notes: [
      `${database.user} owns both the database and the schema ${database.schema}, which covers creating the UMS tables, UMS updates and normal operation.`,
      `Names are quoted in the script, so they are case-sensitive: enter them in UMS Administrator exactly as written here.`,
      `For high availability (for example streaming replication with automatic failover), point UMS at the address that always follows the primary, not at one server. Check that max_connections covers every UMS server.`,
    ],
  };
}
