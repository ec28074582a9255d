// The signed-in user and their current workspace and role, resolved once per request.
import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { isRole, type Role } from "@/lib/auth/roles";
import {
  needsActivityStamp,
  sessionEnd,
  sessionLimits,
  type SessionTimes,
} from "@/lib/auth/session-lifetime";
import { endSession, stampSessionActivity } from "@/lib/auth/session-store";
import { getEnv } from "@/lib/env";
import { findMembershipForUser } from "@/lib/members/memberships";

export interface AppSession {
  userId: string;
  userName: string;
  email: string;
  workspaceId: string;
  workspaceName: string;
  role: Role;
  /** The workspace requires a second factor the user has not set up: only enrolment is open. */
  secondFactorMissing?: boolean;
}

export const getAppSession = cache(async (): Promise<AppSession | null> => {
  // Reading the request headers first also marks every page that asks for a session as
  // dynamic, so none is prerendered at build time.
  const requestHeaders = await headers();
  const result = await getAuth().api.getSession({ headers: requestHeaders });
  if (!result) return null;
  if (!(await isSessionAlive(result.session))) return null;
  const membership = await findMembershipForUser(
    result.user.id,
    (result.session as { activeWorkspaceId?: string | null }).activeWorkspaceId ?? null,
  );
  if (!membership || !isRole(membership.role)) return null;
  return {
    userId: result.user.id,
    userName: result.user.name,
    email: result.user.email,
    workspaceId: membership.workspaceId,
    workspaceName: membership.workspaceName,
    role: membership.role,
    secondFactorMissing: membership.requireTwoFactor && !result.user.twoFactorEnabled,
  };
});

/**
 * Ends a session past its idle or absolute limit (lib/auth/session-lifetime.ts), so its cookie
 * now counts as stale and the user sees "Your session has expired"; else stamps the activity.
 */
async function isSessionAlive(session: { id: string } & SessionTimes): Promise<boolean> {
  const now = Date.now();
  if (sessionEnd(session, now, sessionLimits(getEnv())) !== null) {
    await endSession(session.id);
    return false;
  }
  if (needsActivityStamp(session, now)) await stampSessionActivity(session.id, new Date(now));
  return true;
}

/** True when the browser still sends a session cookie the server no longer accepts. */
export async function hasStaleSessionCookie(): Promise<boolean> {
  const jar = await cookies();
  return jar.getAll().some((cookie) => cookie.name.endsWith("nsha.session_token"));
}

export async function requireAppSession(): Promise<AppSession> {
  const session = await getAppSession();
  if (session?.secondFactorMissing) redirect("/enrol-second-factor");
  if (session) return session;
  redirect((await hasStaleSessionCookie()) ? "/sign-in?expired=1" : "/sign-in");
}
