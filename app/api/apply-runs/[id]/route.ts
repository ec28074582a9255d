// GET /api/apply-runs/:id — one apply run with its steps, polled while it runs.
import { getApplyRun } from "@/lib/apply";
import { authorizeRoute } from "@/lib/server/route-auth";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const auth = await authorizeRoute("topology:read", params);
  if (!auth.ok) return auth.response;
  const run = await getApplyRun(auth.session.workspaceId, auth.id);
  if (!run) return Response.json({ error: "Not found." }, { status: 404 });
  return Response.json(run);
}
