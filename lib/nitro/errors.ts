// The one error type that leaves lib/nitro. It is built only from safe fields: secrets
// (password, session token) are redacted from every text before it is stored, the raw
// socket error is replaced by a plain summary, and toJSON() lists the fields explicitly.

export type NitroErrorKind =
  | "auth_failed"
  | "session_expired"
  | "not_found"
  | "already_exists"
  | "in_use"
  | "secondary"
  | "forbidden"
  | "timeout"
  | "unreachable"
  | "dns"
  | "tls"
  | "tls_pin_mismatch"
  | "bad_request"
  | "not_nitro"
  | "bad_response"
  | "disposed"
  | "nitro";

export type NitroMethod = "GET" | "POST" | "PUT" | "DELETE";

export interface NitroErrorDetails {
  httpStatus?: number;
  errorcode?: number;
  resource?: string;
  method?: NitroMethod;
  /** SHA-256 fingerprint (colon form) of the certificate the server presented. */
  presentedFingerprint?: string;
  /** false when the request certainly never reached the appliance (safe to resend). */
  requestSent?: boolean;
  /** Low-level code such as ECONNREFUSED or DEPTH_ZERO_SELF_SIGNED_CERT. */
  code?: string;
  cause?: Error;
}

export class NitroError extends Error {
  override readonly name = "NitroError";
  readonly kind: NitroErrorKind;
  readonly httpStatus?: number;
  readonly errorcode?: number;
  readonly resource?: string;
  readonly method?: NitroMethod;
  readonly presentedFingerprint?: string;
  readonly requestSent?: boolean;
  readonly code?: string;

  constructor(kind: NitroErrorKind, message: string, details: NitroErrorDetails = {}) {
    super(message, details.cause ? { cause: details.cause } : undefined);
    this.kind = kind;
    this.httpStatus = details.httpStatus;
    this.errorcode = details.errorcode;
    this.resource = details.resource;
    this.method = details.method;
    this.presentedFingerprint = details.presentedFingerprint;
    this.requestSent = details.requestSent;
    this.code = details.code;
  }

  /** A copy with secrets removed from message and cause (used at the session boundary). */
  redacted(secrets: readonly string[]): NitroError {
    const clean = (text: string) => redactText(text, secrets);
    if (secrets.every((s) => !s || (!this.message.includes(s) && !causeText(this).includes(s)))) {
      return this;
    }
    const cause = this.cause instanceof Error ? plainCause(this.cause, clean) : undefined;
    return new NitroError(this.kind, clean(this.message), { ...this.details(), cause });
  }

  details(): NitroErrorDetails {
    return {
      httpStatus: this.httpStatus,
      errorcode: this.errorcode,
      resource: this.resource,
      method: this.method,
      presentedFingerprint: this.presentedFingerprint,
      requestSent: this.requestSent,
      code: this.code,
    };
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, kind: this.kind, message: this.message, ...this.details() };
  }
}

export function isNitroError(error: unknown, kind?: NitroErrorKind): error is NitroError {
  return error instanceof NitroError && (kind === undefined || error.kind === kind);
}

/** Replace every occurrence of each non-empty secret (and its URL-encoded form) with "***". */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 3) continue; // too short to redact without mangling normal text
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      out = out.split(form).join("***");
    }
  }
  return out;
}

/** A stand-in for a low-level error that keeps only its code and (cleaned) message. */
export function plainCause(error: Error, clean: (text: string) => string = (t) => t): Error {
  const cause = new Error(clean(error.message));
  cause.name = error.name;
  cause.stack = `${cause.name}: ${cause.message}`;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(cause, { code });
  return cause;
}

function causeText(error: Error): string {
  return error.cause instanceof Error ? `${error.cause.message} ${error.cause.stack ?? ""}` : "";
}

const CANNOT_ASK: ReadonlySet<NitroErrorKind> = new Set<NitroErrorKind>([
  "timeout",
  "unreachable",
  "dns",
  "tls",
  "tls_pin_mismatch",
  "auth_failed",
  "disposed",
]);

/**
 * NITRO answered "no" to a question (permissions, partition, missing resource), as opposed
 * to the appliance not being reachable or not accepting us at all. Optional facts are
 * skipped on a refusal but never on a failure to ask.
 */
export function isRefusal(error: unknown): error is NitroError {
  return error instanceof NitroError && !CANNOT_ASK.has(error.kind);
}

/** Socket-level errors know nothing of the call: add which resource and method failed. */
export function withCallContext(error: unknown, method: NitroMethod, resource: string): unknown {
  if (!(error instanceof NitroError) || error.resource !== undefined) return error;
  const cause = error.cause instanceof Error ? error.cause : undefined;
  return new NitroError(error.kind, `${method} ${resource}: ${error.message}`, {
    ...error.details(),
    resource,
    method,
    cause,
  });
}
