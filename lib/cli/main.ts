// `npm run cli`: parse, run the command, map any error to an exit code, clean up.
import { applyCommand } from "./apply-command";
import { parseCliArgs } from "./args";
import { reportError } from "./errors";
import { EXIT, type ExitCode } from "./exit-codes";
import { print } from "./output";
import { planCommand } from "./plan-command";
import { installSignalHandlers, runCleanups } from "./shutdown";
import { USAGE } from "./usage";

function quietLibraryLogs(): void {
  // lib/log prints info and debug lines with console.info, i.e. on stdout, which the CLI
  // keeps for the requested output (one JSON object with --format json). Warnings and errors
  // still show, on stderr. Set before anything reads the (cached) environment.
  const level = process.env.LOG_LEVEL;
  if (level !== "warn" && level !== "error") process.env.LOG_LEVEL = "warn";
}

export async function runCli(argv: string[]): Promise<ExitCode> {
  quietLibraryLogs();
  installSignalHandlers();
  try {
    const command = parseCliArgs(argv);
    if (command.name === "help") {
      print(USAGE);
      return EXIT.ok;
    }
    return command.name === "plan" ? await planCommand(command) : await applyCommand(command);
  } catch (error) {
    return reportError(error);
  } finally {
    await runCleanups();
  }
}
