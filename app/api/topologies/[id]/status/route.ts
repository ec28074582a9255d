// GET /api/topologies/:id/status[?drift=refresh] — the topology's live status from its
// appliance's shared poller (lib/status); polled by the status page through TanStack Query.
// GET …/status?history=1[&object=…&to=DOWN&since=ISO&take=100] — the transitions timeline.
// A failing appliance is data (appliance.failure, stale), never an error response.
import { authorizeRoute } from "@/lib/server/route-auth";
import { getStatusRegistry, listTransitions } from "@/lib/status";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const auth = await authorizeRoute("topology:read", params);
  if (!auth.ok) return auth.response;
  const { session, id } = auth;
  const query = new URL(request.url).searchParams;
  try {
    if (query.get("history")) return await history(session.workspaceId, id, query);
    const result = await getStatusRegistry().getTopologyStatus(session.workspaceId, id, {
      refreshDrift: query.get("drift") === "refresh",
    });
    if (!result.ok) return Response.json({ error: "Not found." }, { status: 404 });
    return Response.json(result.status, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    log.error(
      `status for topology ${id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return Response.json(
      { error: "The status could not be read on the server; it will be retried." },
      { status: 500 },
    );
  }
}

async function history(workspaceId: string, id: string, query: URLSearchParams): Promise<Response> {
  const since = query.get("since");
  const sinceDate = since ? new Date(since) : undefined;
  const take = Number(query.get("take") ?? "100");
  const rows = await listTransitions(workspaceId, id, {
    objectKey: query.get("object") ?? undefined,
    to: query.get("to") ?? undefined,
    since: sinceDate && !Number.isNaN(sinceDate.getTime()) ? sinceDate : undefined,
    take: Number.isFinite(take) ? take : 100,
  });
  if (!rows) return Response.json({ error: "Not found." }, { status: 404 });
  return Response.json({ transitions: rows }, { headers: { "cache-control": "no-store" } });
}
