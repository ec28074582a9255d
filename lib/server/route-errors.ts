// The one map from what went wrong to the HTTP status of a route handler's answer, so no route
// picks a status by hand. A missing permission or another workspace's object gets the same 404
// as an unknown id: nobody learns what exists elsewhere.
import { ActionError, type ActionErrorCode } from "@/lib/action-result";
import { ApplyRefusedError } from "@/lib/apply/errors";
import { log } from "@/lib/log";
import { isNitroError } from "@/lib/nitro";

export type RouteErrorCode = ActionErrorCode | "BAD_REQUEST" | "APPLIANCE_FAILED";

export const statusForCode = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 422,
  FAILED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  APPLIANCE_FAILED: 502,
} as const satisfies Record<RouteErrorCode, number>;

/** Thrown by a handler for an answer other than success; `details` join `error` in the body. */
export class RouteError extends Error {
  constructor(
    readonly code: RouteErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "RouteError";
  }
}

/** The answer for an id that is not there (or not the caller's to see). */
export function notFound(): RouteError {
  return new RouteError("NOT_FOUND", "Not found.");
}

export interface ErrorAnswer {
  code: RouteErrorCode;
  status: number;
  body: Record<string, unknown>;
}

function answer(code: RouteErrorCode, body: Record<string, unknown>): ErrorAnswer {
  return { code, status: statusForCode[code], body };
}

/** The answer to an error a handler may expect; null for anything else (a bug: a 500). */
export function expectedErrorAnswer(error: unknown): ErrorAnswer | null {
  if (error instanceof RouteError) {
    return answer(error.code, { error: error.message, ...error.details });
  }
  // The appliance failing or refusing is a state to show, not a server error.
  if (isNitroError(error)) {
    return answer("APPLIANCE_FAILED", { error: error.message, kind: error.kind });
  }
  if (error instanceof ApplyRefusedError && error.reason === "secondary") {
    return answer("APPLIANCE_FAILED", { error: error.message });
  }
  if (error instanceof ActionError) return answer(error.code, { error: error.message });
  return null;
}

export interface ErrorResponseOptions {
  /** Names the request in the log line of an unexpected error. */
  label: string;
  /** The message of the 500 answer; the details stay in the log. */
  failure?: string;
  headers?: HeadersInit;
}

export const GENERIC_FAILURE = "The request failed on the server.";

export function errorResponse(error: unknown, options: ErrorResponseOptions): Response {
  const { failure = GENERIC_FAILURE, headers } = options;
  const expected = expectedErrorAnswer(error);
  if (expected) return Response.json(expected.body, { status: expected.status, headers });
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  log.error(`${options.label} failed: ${detail}`);
  return Response.json({ error: failure }, { status: statusForCode.INTERNAL, headers });
}
