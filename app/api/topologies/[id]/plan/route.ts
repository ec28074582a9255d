// GET /api/topologies/:id/plan?adopt=a,b — plan the topology against its appliance (a few
// bulk NITRO reads; nothing is changed). Polled by the review page through TanStack Query.
import { ActionError } from "@/lib/action-result";
import { getClientAddress } from "@/lib/server/client-address";
import { authorizeRoute } from "@/lib/server/route-auth";
import { isNitroError } from "@/lib/nitro";
import { planForReview } from "@/lib/review/plan-for-review";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const auth = await authorizeRoute("topology:plan", params);
  if (!auth.ok) return auth.response;
  const { session, id } = auth;
  const adopt = (new URL(request.url).searchParams.get("adopt") ?? "").split(",").filter(Boolean);
  try {
    const by = { actorId: session.userId, ipAddress: await getClientAddress() };
    return Response.json(await planForReview(session.workspaceId, id, adopt, by));
  } catch (error) {
    if (error instanceof ActionError) {
      return Response.json(
        { error: error.message },
        { status: error.code === "NOT_FOUND" ? 404 : 422 },
      );
    }
    // The appliance being unreachable or refusing is a state to show, not a server error.
    if (isNitroError(error))
      return Response.json({ error: error.message, kind: error.kind }, { status: 502 });
    log.error(
      `plan for topology ${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return Response.json(
      { error: "Planning failed on the server; nothing was changed." },
      { status: 500 },
    );
  }
}
