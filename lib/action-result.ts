// The one shape every server action returns. Expected failures are data, so forms can show
// them beside the right field and keep what the user typed.
export type FieldErrors = Record<string, string[]>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: ActionErrorCode; fieldErrors?: FieldErrors };

export type ActionErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "INVALID_INPUT"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "FAILED"
  | "INTERNAL";

/** Thrown inside an action body for a failure the user can act on. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly code: ActionErrorCode = "FAILED",
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}
