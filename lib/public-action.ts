// The signed-out counterpart of authedAction (lib/safe-action.ts), for the few actions that run
// before there is a session: first-run setup, sign-in and accepting an invitation. With no
// session and no role to check, what protects them is their own body (a token, a password,
// the sign-in throttle), so each must have a reasoned entry in the permission harness'
// exemptions. On success each one opens the app, so the body says where to go.
import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { formDataToObject, invalidInput, toActionFailure } from "@/lib/safe-action";
import { getClientAddress } from "@/lib/server/client-address";

export interface PublicActionContext {
  clientAddress: string;
}

export function publicAction<S extends z.ZodType>(
  name: string,
  schema: S,
  body: (input: z.infer<S>, ctx: PublicActionContext) => Promise<string>,
): (input: FormData) => Promise<ActionResult<never>> {
  return async (input: FormData) => {
    const parsed = schema.safeParse(formDataToObject(input));
    if (!parsed.success) return invalidInput(parsed.error);
    let destination: string;
    try {
      destination = await body(parsed.data, { clientAddress: await getClientAddress() });
    } catch (error) {
      return toActionFailure(error, name);
    }
    // Outside the try: redirect() works by throwing.
    redirect(destination);
  };
}
