// GET /api/apply-runs/:id — one apply run with its steps, polled while it runs.
import { getApplyRun } from "@/lib/apply";
import { route } from "@/lib/server/route";
import { notFound } from "@/lib/server/route-errors";

export const dynamic = "force-dynamic";

export const GET = route("topology:read", async ({ session, id }) => {
  const run = await getApplyRun(session.workspaceId, id);
  if (!run) throw notFound();
  return Response.json(run);
});
