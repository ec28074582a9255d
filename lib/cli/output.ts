// The CLI's two channels: stdout carries only what was asked for (the plan, the apply
// progress), so `--format json > plan.json` and pipes stay clean; everything else (warnings,
// prompts, errors) goes to stderr. Both pass through the redactor below.

const secrets = new Set<string>();

/**
 * Registers a value that must never be printed (the appliance password). A last line of
 * defence: nothing is meant to print it, but a message from a lower layer might quote it.
 * Values shorter than 3 characters are skipped: replacing them would mangle every line.
 */
export function addSecret(value: string): void {
  if (value.length >= 3) secrets.add(value);
}

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) {
    // As typed, URL-encoded, and escaped inside a JSON string.
    const forms = new Set([
      secret,
      encodeURIComponent(secret),
      JSON.stringify(secret).slice(1, -1),
    ]);
    for (const form of forms) {
      out = out.split(form).join("***");
    }
  }
  return out;
}

/** Requested output (stdout). */
export function print(text: string): void {
  console.info(redact(text));
}

/** Progress, warnings and errors (stderr). */
export function note(text: string): void {
  console.warn(redact(text));
}

/** A prompt: stderr, without a newline. */
export function ask(text: string): void {
  process.stderr.write(redact(text));
}
