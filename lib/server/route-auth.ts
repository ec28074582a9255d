// The guard every GET route handler with an `:id` starts with: a session (401 without), the
// permission and a well-formed id (404 otherwise: nobody learns what exists elsewhere).
import { can, type Permission } from "@/lib/auth/permissions";
import { getAppSession, type AppSession } from "@/lib/auth/session";

export type RouteAuth =
  { ok: true; session: AppSession; id: string } | { ok: false; response: Response };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function authorizeRoute(
  permission: Permission,
  params: Promise<{ id: string }>,
): Promise<RouteAuth> {
  const session = await getAppSession();
  if (!session) {
    return {
      ok: false,
      response: Response.json(
        { error: "Your session has expired. Sign in again." },
        { status: 401 },
      ),
    };
  }
  const { id } = await params;
  if (!can(session.role, permission) || !UUID.test(id)) {
    return { ok: false, response: Response.json({ error: "Not found." }, { status: 404 }) };
  }
  return { ok: true, session, id };
}
