// Identifier checks and quoting per SQL dialect. The document schema already limits names to
// plain identifiers ([A-Za-z][A-Za-z0-9_]*); the script re-checks because the names end up
// inside SQL text that an administrator runs with full rights.
import type { DatabaseType } from "../schema/igel-ums";

const PLAIN_IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Longest name each dialect keeps: PostgreSQL silently truncates beyond 63 bytes. */
export const identifierMaxLength: Record<DatabaseType, number> = {
  MSSQL: 128,
  POSTGRESQL: 63,
  ORACLE: 128,
};

/** Throws unless the name is a plain identifier: never let anything else reach SQL text. */
export function assertPlainIdentifier(label: string, name: string): void {
  if (!PLAIN_IDENTIFIER.test(name) || name.length > 128) {
    throw new Error(
      `${label}: "${name}" is not a plain SQL identifier (a letter, then letters, digits and _).`,
    );
  }
}

/** SQL Server: brackets, with a closing bracket doubled. */
export function quoteMssql(name: string): string {
  return `[${name.replace(/]/g, "]]")}]`;
}

/** PostgreSQL: double quotes (doubled inside); quoting keeps the exact case. */
export function quotePostgres(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Oracle: upper case, then double quotes. Oracle folds unquoted names to upper case at logon
 * too, so "IGELUMS" is the user UMS reaches by typing igelums; quoting also allows reserved
 * words. Oracle has no escape for a double quote inside a name, so one is refused.
 */
export function quoteOracle(name: string): string {
  if (name.includes('"')) throw new Error(`Oracle names cannot contain a double quote: ${name}`);
  return `"${name.toUpperCase()}"`;
}
