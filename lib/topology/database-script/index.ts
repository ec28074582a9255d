// The script that creates the IGEL UMS shared database before any UMS server connects
// (docs/domain.md#igel-database-script), for each database UMS supports with an HA option.
// Pure: the wizard's Database step shows it, the CLI can print it. It never takes a password;
// the text holds a placeholder the admin replaces, so nothing secret is stored or rendered.
import { databaseTypeLabels, defaultDatabasePorts, type DatabaseType } from "../schema/constants";
import { assertPlainIdentifier } from "./identifiers";
import { mssqlScript } from "./mssql";
import { oracleScript } from "./oracle";
import { postgresqlScript } from "./postgresql";
import { PASSWORD_PLACEHOLDER, type DatabaseSettings, type DialectScript } from "./types";
import { databaseScriptWarnings } from "./warnings";
import type { Issue } from "../validate/issues";

export { PASSWORD_PLACEHOLDER, type DatabaseSettings } from "./types";
export { databaseScriptWarnings } from "./warnings";

export interface DatabaseScript {
  dialect: DatabaseType;
  /** Suggested download name, e.g. rmdb.mssql.sql. */
  fileName: string;
  /** The SQL, with PASSWORD_PLACEHOLDER where the password goes. */
  text: string;
  /** What to do with it, in order: who runs it, the password, UMS's first connection. */
  notes: string[];
  /** Names the database would refuse or misread (path "database.user" etc.). */
  warnings: Issue[];
}

export { databaseTypeLabels } from "../schema/constants";

const dialects: Record<
  DatabaseType,
  { extension: string; build: (db: DatabaseSettings, fileName: string) => DialectScript }
> = {
  MSSQL: { extension: "mssql", build: mssqlScript },
  POSTGRESQL: { extension: "postgresql", build: postgresqlScript },
  ORACLE: { extension: "oracle", build: oracleScript },
};

/** IGEL's sizing advice for the shared database. */
export const CONNECTIONS_PER_UMS_SERVER = 128;

/**
 * Throws only when a name is not a plain identifier, which a document that passed the
 * Database step's schema never has.
 */
export function databaseScript(
  input: DatabaseSettings,
  options: { serverCount?: number } = {},
): DatabaseScript {
  const database = withSafeTarget(input);
  assertPlainIdentifier("Database name", database.databaseName);
  assertPlainIdentifier("Database user", database.user);
  assertPlainIdentifier("Database schema", database.schema);
  const dialect = dialects[database.type];
  const fileName = `${database.databaseName}.${dialect.extension}.sql`;
  const body = dialect.build(database, fileName);
  const header = [
    `-- IGEL UMS shared database: ${databaseTypeLabels[database.type]} at ${hostForText(database)}`,
    `-- Run as a database administrator before any UMS server connects.`,
    `-- Replace ${PASSWORD_PLACEHOLDER} first; this file never contains the real password.`,
  ];
  return {
    dialect: database.type,
    fileName,
    text: `${[...header, ...body.statements.split("\n")].join("\n")}\n`,
    notes: [...commonNotes(database, options.serverCount), ...body.notes],
    warnings: databaseScriptWarnings(database),
  };
}

/**
 * Host and port only appear in comments and notes, but a comment ends at a line break: keep
 * them to address characters (the schema already does) and use placeholders otherwise.
 */
function withSafeTarget(database: DatabaseSettings): DatabaseSettings {
  const hostOk = /^[A-Za-z0-9._:-]+$/.test(database.host);
  const portOk = Number.isInteger(database.port) && database.port > 0 && database.port < 65536;
  return {
    ...database,
    host: hostOk ? database.host : "<database host>",
    port: portOk ? database.port : defaultDatabasePorts[database.type],
  };
}

function hostForText(database: DatabaseSettings): string {
  return `${database.host}:${database.port}`;
}

function commonNotes(database: DatabaseSettings, serverCount: number | undefined): string[] {
  const advice = `IGEL advises about ${CONNECTIONS_PER_UMS_SERVER} database connections per UMS server`;
  const sizing =
    serverCount && serverCount > 0
      ? `${advice}, so allow about ${serverCount * CONNECTIONS_PER_UMS_SERVER} for these ${serverCount} servers.`
      : `${advice}; size the database server's connection limit for all of them.`;
  return [
    `Run the script as a database administrator on ${hostForText(database)}. UMS does not create the database, the user or the schema; it only creates its tables inside them.`,
    `Replace ${PASSWORD_PLACEHOLDER} with a strong password before running (run unchanged, the placeholder itself becomes the password). This app never stores it: you type it once per UMS server when you activate the datasource.`,
    `In UMS Administrator > Datasource, add and activate this database on the first UMS server and answer yes when it offers to create the tables. Then add the same datasource on every other server; they use the tables the first one created.`,
    sizing,
  ];
}
