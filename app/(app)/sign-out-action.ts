"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { getAppSession } from "@/lib/auth/session";
import { audit } from "@/lib/audit/record";
import { getClientAddress } from "@/lib/server/client-address";

export async function signOutAction(): Promise<void> {
  const session = await getAppSession();
  const requestHeaders = await headers();
  await getAuth().api.signOut({ headers: requestHeaders });
  if (session) {
    await audit({ ...session, clientAddress: await getClientAddress() }, "auth.signed_out");
  }
  redirect("/sign-in?signedOut=1");
}
