"use server";

import { redirect } from "next/navigation";
import { headers } from "next/headers";
import type { ActionResult } from "@/lib/action-result";
import { getAuth } from "@/lib/auth/auth";
import { createFirstOwner, setupSchema } from "@/lib/auth/setup";
import { formDataToObject, toActionFailure, zodFieldErrors } from "@/lib/safe-action";
import { getClientAddress } from "@/lib/server/client-address";

// Public by necessity (there is no account yet); createFirstOwner refuses once any exists.
export async function setupAction(input: FormData): Promise<ActionResult<never>> {
  const parsed = setupSchema.safeParse(formDataToObject(input));
  if (!parsed.success) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      error: "Some fields need attention.",
      fieldErrors: zodFieldErrors(parsed.error),
    };
  }
  try {
    await createFirstOwner(parsed.data, await getClientAddress());
    await getAuth().api.signInEmail({
      body: { email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
  } catch (error) {
    return toActionFailure(error, "setup");
  }
  redirect("/topologies");
}
