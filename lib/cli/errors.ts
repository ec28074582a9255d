// Any error that reaches the top → a message on stderr and an exit code (see --help).
import { ApplyRefusedError } from "@/lib/apply";
import { formatFingerprint, isNitroError, type NitroErrorKind } from "@/lib/nitro";
import { CliError, EXIT, type ExitCode } from "./exit-codes";
import { ABANDONED } from "./apply-progress";
import { note } from "./output";
import { applyStarted, interrupted } from "./shutdown";

// The appliance could not be talked to at all: wrong address, not trusted, wrong login.
const CONNECTION_KINDS: ReadonlySet<NitroErrorKind> = new Set<NitroErrorKind>([
  "unreachable",
  "dns",
  "timeout",
  "tls",
  "tls_pin_mismatch",
  "auth_failed",
]);

const hints: Partial<Record<NitroErrorKind, (presented?: string) => string>> = {
  tls: (presented) =>
    "Trust it with --ca <pem-file> or pin it with --fingerprint" +
    (presented ? ` ${formatFingerprint(presented)}` : " <sha256>") +
    " (or, on a lab appliance, --insecure).",
  tls_pin_mismatch: () =>
    "If the certificate was replaced on purpose, pass its new fingerprint; otherwise something " +
    "may be intercepting the connection.",
  auth_failed: () => "Check --user and the password (NS_PASSWORD or --password-env).",
};

export function reportError(error: unknown): ExitCode {
  // Whatever failed after Ctrl+C (e.g. the embedded database stopping under a query) is a
  // consequence of the interruption, not an error of its own.
  if (interrupted()) {
    if (applyStarted()) note(`Interrupted: ${ABANDONED}`);
    return EXIT.interrupted;
  }
  if (error instanceof CliError) {
    note(error.message);
    return error.exitCode;
  }
  if (error instanceof ApplyRefusedError) {
    note(error.message);
    return EXIT.refused;
  }
  if (isNitroError(error)) {
    // NitroError messages are built from safe fields only (lib/nitro/errors.ts).
    note(error.message);
    const hint = hints[error.kind];
    if (hint) note(hint(error.presentedFingerprint));
    return CONNECTION_KINDS.has(error.kind) ? EXIT.unreachable : EXIT.failed;
  }
  note(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.failed;
}
