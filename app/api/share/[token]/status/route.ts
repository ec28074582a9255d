// GET /api/share/:token/status — the live status for a read-only share link, polled by the
// shared page; no session. Same JSON as GET /api/topologies/:id/status, with addresses masked
// unless the link shows them. ?history=1[&object=…&to=…&take=…] — the timeline, also masked.
// A malformed, unknown, expired or revoked token, or an archived topology: the same 404.
import { resolveShareLink, type ResolvedShareLink } from "@/lib/share/store";
import { loadSharedDesign } from "@/lib/share/design";
import { SHARE_HEADERS } from "@/lib/share/headers";
import { redactorForLink } from "@/lib/share/link-redactor";
import type { Redactor } from "@/lib/share/redact";
import { sharedStatus } from "@/lib/share/shared-status";
import { publicRoute } from "@/lib/server/route";
import { RouteError } from "@/lib/server/route-errors";
import { getStatusRegistry, listTransitions } from "@/lib/status";

export const dynamic = "force-dynamic";

/** Visitors see the latest changes only; the signed-in timeline can go further back. */
const MAX_HISTORY = 100;

const linkNotFound = () =>
  new RouteError("NOT_FOUND", "This link does not work: it may have expired or been revoked.");

export const GET = publicRoute<{ token: string }>(
  async (request, { token }) => {
    const link = await resolveShareLink(token);
    if (!link) throw linkNotFound();
    const design = await loadSharedDesign(link);
    if (design === null) throw linkNotFound();
    const redactor = redactorForLink(link, design.ok ? design.shown : null);
    const query = new URL(request.url).searchParams;
    if (query.get("history")) return history(link, redactor, query);
    // No ?drift=refresh here: a visitor must not be able to trigger full plans at will.
    const result = await getStatusRegistry().getTopologyStatus(link.workspaceId, link.topologyId);
    if (!result.ok) throw linkNotFound();
    return Response.json(sharedStatus(result.status, redactor));
  },
  {
    headers: SHARE_HEADERS,
    failure: "The status could not be read on the server; it will be retried.",
  },
);

async function history(
  link: ResolvedShareLink,
  redactor: Redactor,
  query: URLSearchParams,
): Promise<Response> {
  const take = Number(query.get("take") ?? MAX_HISTORY);
  const rows = await listTransitions(link.workspaceId, link.topologyId, {
    objectKey: query.get("object") ?? undefined,
    to: query.get("to") ?? undefined,
    take: Number.isInteger(take) && take > 0 ? Math.min(take, MAX_HISTORY) : MAX_HISTORY,
  });
  if (!rows) throw linkNotFound();
  return Response.json(redactor.value({ transitions: rows }));
}
