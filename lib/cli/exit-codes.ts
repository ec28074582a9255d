// Exit codes of `npm run cli` (documented in --help; scripts branch on them).
export const EXIT = {
  ok: 0,
  /** The apply failed; the engine rolled its changes back. Also any unexpected error. */
  failed: 1,
  /** Usage, an invalid topology file, or an apply the engine (or the admin) refused. */
  refused: 2,
  /** The appliance could not be reached, its certificate not trusted, or the login failed. */
  unreachable: 3,
  /** Ctrl+C (128 + SIGINT), as shells report it. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An expected failure: its message is shown as it is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.refused,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export class InterruptedError extends CliError {
  constructor() {
    super("Interrupted.", EXIT.interrupted);
  }
}
