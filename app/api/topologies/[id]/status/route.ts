// GET /api/topologies/:id/status[?drift=refresh] — the topology's live status from its
// appliance's shared poller (lib/status); polled by the status page through TanStack Query.
// GET …/status?history=1[&object=…&to=DOWN&since=ISO&take=100] — the transitions timeline.
// A failing appliance is data (appliance.failure, stale), never an error response.
import { route } from "@/lib/server/route";
import { notFound } from "@/lib/server/route-errors";
import { getStatusRegistry, listTransitions } from "@/lib/status";

export const dynamic = "force-dynamic";

export const GET = route(
  "topology:read",
  async ({ request, session, id }) => {
    const query = new URL(request.url).searchParams;
    if (query.get("history")) return history(session.workspaceId, id, query);
    const result = await getStatusRegistry().getTopologyStatus(session.workspaceId, id, {
      refreshDrift: query.get("drift") === "refresh",
    });
    if (!result.ok) throw notFound();
    return Response.json(result.status, { headers: { "cache-control": "no-store" } });
  },
  { failure: "The status could not be read on the server; it will be retried." },
);

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
  if (!rows) throw notFound();
  return Response.json({ transitions: rows }, { headers: { "cache-control": "no-store" } });
}
