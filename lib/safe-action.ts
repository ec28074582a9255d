// Every server action goes through here: session → zod → role → body. Server actions are
// public POST endpoints, so none of these steps is optional.
import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { ActionError, type ActionResult, type FieldErrors } from "@/lib/action-result";
import type { Actor } from "@/lib/auth/actor";
import { canInWorkspace } from "@/lib/auth/appliance-grant";
import type { Permission } from "@/lib/auth/permissions";
import { getAppSession, type AppSession } from "@/lib/auth/session";
import { log } from "@/lib/log";
import { getClientAddress } from "@/lib/server/client-address";

/** The signed-in session as the actor of whatever the action changes. */
export interface ActionContext extends AppSession, Actor {
  clientAddress: string;
}

export function formDataToObject(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, string> = {};
  for (const [key, value] of input.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}

function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** The answer to input the schema rejects: each problem goes beside its field. */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  return {
    ok: false,
    code: "INVALID_INPUT",
    error: "Some fields need attention.",
    fieldErrors: zodFieldErrors(error),
  };
}

export function toActionFailure(error: unknown, actionName: string): ActionResult<never> {
  if (error instanceof ActionError) {
    return { ok: false, error: error.message, code: error.code, fieldErrors: error.fieldErrors };
  }
  // Rethrow Next's redirect/notFound signals untouched.
  if (error instanceof Error && "digest" in error && String(error.digest).startsWith("NEXT_")) {
    throw error;
  }
  const reference = randomUUID().slice(0, 8);
  log.error(
    `action ${actionName} failed (ref ${reference}): ${error instanceof Error ? error.stack : String(error)}`,
  );
  return {
    ok: false,
    code: "INTERNAL",
    error: `Something went wrong on the server (reference ${reference}). Nothing was changed; try again.`,
  };
}

export const SECOND_FACTOR_REQUIRED =
  "This workspace requires a second factor. Set one up under Settings › Account first.";

export function authedAction<S extends z.ZodType, R>(
  name: string,
  options: {
    permission: Permission;
    schema: S;
    /** Open while the workspace waits for the user to set up a required second factor. */
    beforeSecondFactor?: boolean;
  },
  body: (input: z.infer<S>, ctx: ActionContext) => Promise<R>,
): (input: unknown) => Promise<ActionResult<R>> {
  return async (input: unknown) => {
    try {
      const session = await getAppSession();
      if (!session) {
        return {
          ok: false,
          code: "UNAUTHENTICATED",
          error: "Your session has expired. Sign in again.",
        };
      }
      if (session.secondFactorMissing && !options.beforeSecondFactor) {
        return { ok: false, code: "FORBIDDEN", error: SECOND_FACTOR_REQUIRED };
      }
      const parsed = options.schema.safeParse(formDataToObject(input));
      if (!parsed.success) return invalidInput(parsed.error);
      if (!(await canInWorkspace(session, options.permission))) {
        return {
          ok: false,
          code: "FORBIDDEN",
          error: "Your role in this workspace does not allow this.",
        };
      }
      const ctx: ActionContext = { ...session, clientAddress: await getClientAddress() };
      return { ok: true, data: await body(parsed.data, ctx) };
    } catch (error) {
      return toActionFailure(error, name);
    }
  };
}
