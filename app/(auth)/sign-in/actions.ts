"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { safeNextPath, signIn, signInSchema } from "@/lib/auth/sign-in";
import { publicAction } from "@/lib/public-action";

// `next` is taken as it comes and never fails the form: safeNextPath decides where it may lead.
const signInFormSchema = signInSchema.extend({ next: z.unknown().optional() });

export const signInAction = publicAction(
  "signIn",
  signInFormSchema,
  async ({ next, ...credentials }, { clientAddress }) => {
    const outcome = await signIn(credentials, await headers(), clientAddress);
    // The second step keeps where the user was going.
    if (outcome.secondFactor) {
      return `/sign-in/code?next=${encodeURIComponent(safeNextPath(next))}`;
    }
    return safeNextPath(next);
  },
);
