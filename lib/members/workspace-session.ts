// Which workspace a browser session works in: the `activeWorkspaceId` on its session row,
// which lib/auth/session.ts reads on every request.
import "server-only";
import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";

/** The id of the session row behind this request's cookie, or null when signed out. */
export async function currentSessionId(): Promise<string | null> {
  const result = await getAuth().api.getSession({ headers: await headers() });
  return result?.session.id ?? null;
}

/**
 * Signs in with the password just proven (or chosen) and makes the workspace the new
 * session's active one, so an accepted invitation opens the workspace it was for. An account
 * with a second factor gets no session yet, only the code challenge: answers false, and the
 * session the code opens starts on the account's oldest workspace.
 */
export async function signInToWorkspace(
  credentials: { email: string; password: string },
  workspaceId: string,
): Promise<boolean> {
  const result = await getAuth().api.signInEmail({
    body: credentials,
    headers: await headers(),
  });
  // No token and no user here: an unguarded update below would match every session.
  if (!("token" in result) || !result.token) return false;
  await getDb().session.updateMany({
    where: { token: result.token, userId: result.user.id },
    data: { activeWorkspaceId: workspaceId },
  });
  return true;
}
