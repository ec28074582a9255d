// GET /api/apply-runs/:id — one apply run with its steps, polled while it runs.
import { getApplyRun } from "@/lib/apply";
import { can } from "@/lib/auth/permissions";
import { getAppSession } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const session = await getAppSession();
  if (!session)
    return Response.json({ error: "Your session has expired. Sign in again." }, { status: 401 });
  const { id } = await params;
  const run =
    can(session.role, "topology:read") && /^[0-9a-f-]{36}$/i.test(id)
      ? await getApplyRun(session.workspaceId, id)
      : null;
  if (!run) return Response.json({ error: "Not found." }, { status: 404 });
  return Response.json(run);
}
