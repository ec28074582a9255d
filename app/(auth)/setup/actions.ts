"use server";

import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import { createFirstOwner, setupSchema } from "@/lib/auth/setup";
import { publicAction } from "@/lib/public-action";

// Public by necessity (there is no account yet); createFirstOwner refuses once any exists.
export const setupAction = publicAction("setup", setupSchema, async (input, { clientAddress }) => {
  await createFirstOwner(input, clientAddress);
  await getAuth().api.signInEmail({
    body: { email: input.email, password: input.password },
    headers: await headers(),
  });
  return "/topologies";
});
