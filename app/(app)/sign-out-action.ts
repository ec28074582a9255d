"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { getAppSession } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { getClientAddress } from "@/lib/server/client-address";

export async function signOutAction(): Promise<void> {
  const session = await getAppSession();
  const requestHeaders = await headers();
  await getAuth().api.signOut({ headers: requestHeaders });
  if (session) {
    await recordAudit({
      workspaceId: session.workspaceId,
      actorId: session.userId,
      action: "auth.signed_out",
      ipAddress: await getClientAddress(),
    });
  }
  redirect("/sign-in?signedOut=1");
}
