// The id of the better-auth session making the request: a password change keeps this one and
// ends the user's others.
import "server-only";
import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";

export async function currentSessionId(): Promise<string | null> {
  const result = await getAuth().api.getSession({ headers: await headers() });
  return result?.session.id ?? null;
}
