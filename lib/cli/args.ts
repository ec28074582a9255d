// The command line of `npm run cli`: parsed strictly, every mistake explained (exit 2).
import { parseArgs } from "node:util";
import { applianceArgs, type ApplianceArgs } from "./appliance-args";
import { CliError } from "./exit-codes";

export type PlanFormat = "text" | "cli" | "json";
const formats: readonly PlanFormat[] = ["text", "cli", "json"];

export type Command =
  | { name: "help" }
  | {
      name: "plan";
      file: string;
      format: PlanFormat;
      appliance?: ApplianceArgs;
      stateDir: string;
    }
  | {
      name: "apply";
      file: string;
      appliance: ApplianceArgs;
      yes: boolean;
      save: boolean;
      confirmReplace: boolean;
      stateDir: string;
    };

const options = {
  appliance: { type: "string" },
  user: { type: "string" },
  "password-env": { type: "string" },
  partition: { type: "string" },
  fingerprint: { type: "string" },
  ca: { type: "string" },
  insecure: { type: "boolean" },
  format: { type: "string" },
  yes: { type: "boolean" },
  "no-save": { type: "boolean" },
  "confirm-replace": { type: "boolean" },
  "state-dir": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const parse = (argv: string[]) =>
  parseArgs({ args: argv, options, strict: true, allowPositionals: true });

type Values = ReturnType<typeof parse>["values"];

const APPLY_FLAGS = ["yes", "no-save", "confirm-replace"] as const satisfies ReadonlyArray<
  keyof Values
>;

const isFormat = (value: string): value is PlanFormat =>
  (formats as readonly string[]).includes(value);

function refusePasswordFlag(argv: readonly string[]): void {
  // Checked before parsing so the error can say why, and never quotes the value.
  if (argv.some((arg) => arg === "--password" || arg.startsWith("--password="))) {
    throw new CliError(
      "There is no --password flag: a password on the command line shows up in `ps` and in " +
        "the shell history. Put it in NS_PASSWORD (or the variable named by --password-env), " +
        "or leave it unset to be asked for it.",
    );
  }
}

function topologyFile(command: string, positionals: readonly string[]): string {
  const [file, ...extra] = positionals;
  if (!file)
    throw new CliError(
      `${command} needs a topology file: npm run cli -- ${command} <topology.json>`,
    );
  if (extra.length > 0) throw new CliError(`Unexpected argument "${extra[0]}".`);
  return file;
}

function parseOrExplain(argv: string[]) {
  try {
    return parse(argv);
  } catch (error) {
    // parseArgs names the option (never a value); its first sentence says it all.
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${message.split(". ")[0]}. See --help.`);
  }
}

export function parseCliArgs(argv: string[]): Command {
  refusePasswordFlag(argv);
  const { values, positionals } = parseOrExplain(argv);
  const [name, ...rest] = positionals;
  if (values.help || name === "help") return { name: "help" };
  if (name === undefined) throw new CliError("Missing command: plan or apply. See --help.");
  if (name !== "plan" && name !== "apply") {
    throw new CliError(`Unknown command "${name}": use plan or apply. See --help.`);
  }
  const file = topologyFile(name, rest);
  const appliance = applianceArgs(values);
  const stateDir = values["state-dir"] ?? ".data/cli";
  if (name === "plan") {
    const stray = APPLY_FLAGS.find((flag) => values[flag] !== undefined);
    if (stray) throw new CliError(`--${stray} is an apply option.`);
    const format = values.format ?? "text";
    if (!isFormat(format)) {
      throw new CliError(`--format must be text, cli or json (got "${format}").`);
    }
    return { name, file, format, stateDir, ...(appliance ? { appliance } : {}) };
  }
  if (values.format !== undefined) throw new CliError("--format is a plan option.");
  if (!appliance) throw new CliError("apply needs --appliance <url>. See --help.");
  return {
    name,
    file,
    appliance,
    yes: values.yes ?? false,
    save: !values["no-save"],
    confirmReplace: values["confirm-replace"] ?? false,
    stateDir,
  };
}
