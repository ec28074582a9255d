"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import {
  acceptWithExistingAccount,
  acceptWithNewAccount,
  type AcceptedInvitation,
} from "@/lib/members/accept-invitation";
import { acceptWithExistingAccountSchema, acceptWithNewAccountSchema } from "@/lib/members/schemas";
import { signInToWorkspace } from "@/lib/members/workspace-session";
import { formDataToObject, toActionFailure, zodFieldErrors } from "@/lib/safe-action";
import { getClientAddress } from "@/lib/server/client-address";

// Public by necessity (the invitee may have no account yet): the link's token is the
// credential, checked on every submit; password attempts are throttled like sign-in.
async function accept<S extends z.ZodType<{ token: string; password: string }>>(
  name: string,
  schema: S,
  input: FormData,
  join: (data: z.infer<S>, clientAddress: string) => Promise<AcceptedInvitation>,
): Promise<ActionResult<never>> {
  const parsed = schema.safeParse(formDataToObject(input));
  if (!parsed.success) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      error: "Some fields need attention.",
      fieldErrors: zodFieldErrors(parsed.error),
    };
  }
  try {
    const joined = await join(parsed.data, await getClientAddress());
    await signInToWorkspace(
      { email: joined.email, password: parsed.data.password },
      joined.workspaceId,
    );
  } catch (error) {
    return toActionFailure(error, name);
  }
  redirect("/topologies");
}

export async function acceptWithNewAccountAction(input: FormData): Promise<ActionResult<never>> {
  return accept(
    "acceptInvitationNewAccount",
    acceptWithNewAccountSchema,
    input,
    acceptWithNewAccount,
  );
}

export async function acceptWithExistingAccountAction(
  input: FormData,
): Promise<ActionResult<never>> {
  return accept(
    "acceptInvitationExistingAccount",
    acceptWithExistingAccountSchema,
    input,
    acceptWithExistingAccount,
  );
}
