// GET /api/share/:token/status — the live status for a read-only share link, polled by the
// shared page; no session. Same JSON as GET /api/topologies/:id/status, with addresses masked
// unless the link shows them. ?history=1[&object=…&to=…&take=…] — the timeline, also masked.
// A malformed, unknown, expired or revoked token, or an archived topology: the same 404.
import { resolveShareLink, type ResolvedShareLink } from "@/lib/share/store";
import { log } from "@/lib/log";
import { loadSharedDesign } from "@/lib/share/design";
import { SHARE_HEADERS } from "@/lib/share/headers";
import { redactorForLink } from "@/lib/share/link-redactor";
import type { Redactor } from "@/lib/share/redact";
import { sharedStatus } from "@/lib/share/shared-status";
import { getStatusRegistry, listTransitions } from "@/lib/status";

export const dynamic = "force-dynamic";

/** Visitors see the latest changes only; the signed-in timeline can go further back. */
const MAX_HISTORY = 100;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: SHARE_HEADERS });
}

const notFound = () =>
  json({ error: "This link does not work: it may have expired or been revoked." }, 404);

export async function GET(
  request: Request,
  { params }: { params: Promise<{ token: string }> },
): Promise<Response> {
  const { token } = await params;
  try {
    const link = await resolveShareLink(token);
    if (!link) return notFound();
    const design = await loadSharedDesign(link);
    if (design === null) return notFound();
    const redactor = redactorForLink(link, design.ok ? design.shown : null);
    const query = new URL(request.url).searchParams;
    if (query.get("history")) return await history(link, redactor, query);
    // No ?drift=refresh here: a visitor must not be able to trigger full plans at will.
    const result = await getStatusRegistry().getTopologyStatus(link.workspaceId, link.topologyId);
    if (!result.ok) return notFound();
    return json(sharedStatus(result.status, redactor));
  } catch (error) {
    log.error(
      `shared status failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return json({ error: "The status could not be read on the server; it will be retried." }, 500);
  }
}

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
  if (!rows) return notFound();
  return json(redactor.value({ transitions: rows }));
}
