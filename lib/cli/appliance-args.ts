// The --appliance flags of `npm run cli`: who to talk to and how to trust its certificate.
import { CliError } from "./exit-codes";

/** How the appliance's certificate is trusted, before any file is read. */
export type TlsChoice =
  | { mode: "verify" }
  | { mode: "insecure" }
  | { mode: "fingerprint"; sha256: string }
  | { mode: "ca"; caFile: string };

export interface ApplianceArgs {
  url: string;
  user: string;
  passwordEnv: string;
  partition?: string;
  tls: TlsChoice;
}

/** The parsed flags this file reads (a subset of args.ts's options). */
export interface ApplianceFlags {
  appliance?: string;
  user?: string;
  "password-env"?: string;
  partition?: string;
  fingerprint?: string;
  ca?: string;
  insecure?: boolean;
}

const APPLIANCE_FLAGS = [
  "user",
  "password-env",
  "partition",
  "fingerprint",
  "ca",
  "insecure",
] as const satisfies ReadonlyArray<keyof ApplianceFlags>;

function tlsChoice(values: ApplianceFlags): TlsChoice {
  const chosen = [
    values.insecure ? "--insecure" : null,
    values.fingerprint !== undefined ? "--fingerprint" : null,
    values.ca !== undefined ? "--ca" : null,
  ].filter((flag) => flag !== null);
  if (chosen.length > 1) throw new CliError(`Use only one of ${chosen.join(", ")}.`);
  if (values.insecure) return { mode: "insecure" };
  if (values.fingerprint !== undefined) return { mode: "fingerprint", sha256: values.fingerprint };
  if (values.ca !== undefined) return { mode: "ca", caFile: values.ca };
  return { mode: "verify" };
}

export function applianceArgs(values: ApplianceFlags): ApplianceArgs | undefined {
  if (values.appliance === undefined) {
    const stray = APPLIANCE_FLAGS.find((flag) => values[flag] !== undefined);
    if (stray) throw new CliError(`--${stray} needs --appliance <url>.`);
    return undefined;
  }
  const passwordEnv = values["password-env"] ?? "NS_PASSWORD";
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(passwordEnv)) {
    throw new CliError(
      "--password-env takes the name of an environment variable, e.g. NS_PASSWORD.",
    );
  }
  const partition = values.partition?.trim();
  return {
    url: values.appliance,
    user: values.user ?? "nsroot",
    passwordEnv,
    ...(partition ? { partition } : {}),
    tls: tlsChoice(values),
  };
}
