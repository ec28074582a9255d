// The appliance password comes only from the environment (or a no-echo prompt): a flag
// would show up in `ps` and in the shell history.
import { CliError } from "./exit-codes";
import { addSecret } from "./output";
import { promptHidden } from "./terminal";

export async function readPassword(variable: string, account: string): Promise<string> {
  const value = process.env[variable];
  // Out of the environment from now on: child processes (the embedded PostgreSQL) inherit it.
  delete process.env[variable];
  if (value) {
    addSecret(value);
    return value;
  }
  if (!process.stdin.isTTY) {
    throw new CliError(
      `No password: set the environment variable ${variable} to the password of ${account} ` +
        "(or name another variable with --password-env). It is never taken from a flag.",
    );
  }
  const typed = await promptHidden(`Password for ${account}: `);
  if (!typed) throw new CliError("No password entered.");
  addSecret(typed);
  return typed;
}
