"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { safeNextPath, signIn, signInSchema } from "@/lib/auth/sign-in";
import { formDataToObject, toActionFailure, zodFieldErrors } from "@/lib/safe-action";
import { getClientAddress } from "@/lib/server/client-address";

export async function signInAction(input: FormData): Promise<ActionResult<never>> {
  const raw = formDataToObject(input);
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      error: "Some fields need attention.",
      fieldErrors: zodFieldErrors(parsed.error),
    };
  }
  try {
    await signIn(parsed.data, await headers(), await getClientAddress());
  } catch (error) {
    return toActionFailure(error, "signIn");
  }
  redirect(safeNextPath((raw as Record<string, unknown>).next));
}
