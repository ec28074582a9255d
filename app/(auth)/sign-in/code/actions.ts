"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { secondFactorSchema, verifySignInSecondFactor } from "@/lib/auth/second-factor";
import { safeNextPath } from "@/lib/auth/sign-in";
import { publicAction } from "@/lib/public-action";

// Public by necessity (there is no session yet): the signed two-factor cookie that the password
// step set is the credential, and better-auth limits the tries per challenge and per account.
const secondFactorFormSchema = secondFactorSchema.extend({ next: z.unknown().optional() });

export const verifySecondFactorAction = publicAction(
  "verifySecondFactor",
  secondFactorFormSchema,
  async ({ next, ...input }, { clientAddress }) => {
    await verifySignInSecondFactor(input, await headers(), clientAddress);
    return safeNextPath(next);
  },
);
