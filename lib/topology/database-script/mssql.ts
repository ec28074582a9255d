// Microsoft SQL Server: database, login with the password placeholder, a user mapped to the
// login with its default schema, that schema owned by the user, and db_owner on the database.
import { quoteMssql } from "./identifiers";
import { PASSWORD_PLACEHOLDER, type DatabaseSettings, type DialectScript } from "./types";

export function mssqlScript(database: DatabaseSettings, fileName: string): DialectScript {
  const db = quoteMssql(database.databaseName);
  const user = quoteMssql(database.user);
  const schema = quoteMssql(database.schema);
  // GO ends a batch: CREATE SCHEMA must be alone in its batch, and USE must run before the
  // database-level statements.
  const statements = [
    `-- Run in SQL Server Management Studio or sqlcmd, e.g.:`,
    `--   sqlcmd -S ${database.host},${database.port} -E -b -i ${fileName}`,
    ``,
    `CREATE DATABASE ${db};`,
    `GO`,
    ``,
    `CREATE LOGIN ${user}`,
    `  WITH PASSWORD = N'${PASSWORD_PLACEHOLDER}',`,
    `       DEFAULT_DATABASE = ${db},`,
    `       CHECK_POLICY = ON;`,
    `GO`,
    ``,
    `USE ${db};`,
    `GO`,
    ``,
    `CREATE USER ${user} FOR LOGIN ${user} WITH DEFAULT_SCHEMA = ${schema};`,
    `GO`,
    ``,
    `CREATE SCHEMA ${schema} AUTHORIZATION ${user};`,
    `GO`,
    ``,
    `-- UMS creates its tables on the first connection and changes them on updates.`,
    `ALTER ROLE [db_owner] ADD MEMBER ${user};`,
    `GO`,
  ].join("\n");
  return {
    statements,
    notes: [
      `The user ${database.user} gets db_owner on ${database.databaseName}: IGEL documents db_owner (or db_ddladmin with db_datareader and db_datawriter) for creating the UMS tables and for UMS updates. Normal operation needs only db_datareader and db_datawriter, so you may narrow it later, but widen it again before a UMS update.`,
      `With SQL Server Always On, add ${database.databaseName} to the availability group after running the script, and create the login ${database.user} on every replica with the same SID (CREATE LOGIN … SID = …); otherwise the database user loses its login after a failover. Point UMS at the availability group listener, not at one replica.`,
    ],
  };
}
