// Oracle: the UMS user (which is also its schema) with the password placeholder, a quota on
// its default tablespace and the system privileges to create and use its objects. Oracle has
// no per-application database to create: the "database name" is the service UMS connects to.
import { quoteOracle } from "./identifiers";
import { PASSWORD_PLACEHOLDER, type DatabaseSettings, type DialectScript } from "./types";

// USERS exists in a default install; sites with their own tablespaces change both lines.
const TABLESPACE = "USERS";

export function oracleScript(database: DatabaseSettings, fileName: string): DialectScript {
  const user = quoteOracle(database.user);
  const service = database.databaseName;
  const statements = [
    `-- Run in SQL*Plus or SQLcl as a DBA, connected to the service UMS will use, e.g.:`,
    `--   sqlplus system@//${database.host}:${database.port}/${service} @${fileName}`,
    ``,
    `WHENEVER SQLERROR EXIT FAILURE`,
    ``,
    `CREATE USER ${user} IDENTIFIED BY "${PASSWORD_PLACEHOLDER}"`,
    `  DEFAULT TABLESPACE ${TABLESPACE}`,
    `  QUOTA UNLIMITED ON ${TABLESPACE};`,
    ``,
    `-- UMS creates its tables, sequences and views in its own schema on the first connection.`,
    `GRANT CREATE SESSION, CREATE TABLE, CREATE SEQUENCE, CREATE VIEW,`,
    `  CREATE TRIGGER, CREATE PROCEDURE TO ${user};`,
  ].join("\n");
  const upper = database.user.toUpperCase();
  return {
    statements,
    notes: [
      `The script creates a user, not a database: ${service} is the Oracle service (or SID) UMS connects to, and it must already exist. In a multitenant database, connect to the pluggable database, not the root.`,
      `Oracle stores the names in upper case: in UMS Administrator the user and the schema are both ${upper}.`,
      `The user's tables go to the tablespace ${TABLESPACE}; change it in the script if your site uses another. For high availability (RAC or Data Guard), point UMS at the SCAN name or a service that follows the primary.`,
    ],
  };
}
