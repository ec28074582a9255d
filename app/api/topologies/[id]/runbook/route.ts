// GET /api/topologies/:id/runbook?format=md|html — the runbook as a file to keep or mail: the
// Markdown, or a standalone printable HTML page. Read access is enough (viewers included); a
// topology that is not complete yet gets 422 with the wizard's errors instead of a runbook.
import { route } from "@/lib/server/route";
import { notFound, RouteError } from "@/lib/server/route-errors";
import { readTopology } from "@/lib/topologies/load";
import { storedTopologyRunbook } from "@/lib/topologies/runbook";
import { renderHtmlDocument, renderMarkdown, runbookFileName } from "@/lib/topology/runbook";

export const dynamic = "force-dynamic";

const formats = {
  md: { type: "text/markdown", render: renderMarkdown },
  html: { type: "text/html", render: renderHtmlDocument },
} as const;

function isFormat(value: string): value is keyof typeof formats {
  return Object.hasOwn(formats, value);
}

export const GET = route("topology:read", async ({ request, session, id }) => {
  const format = new URL(request.url).searchParams.get("format") ?? "md";
  if (!isFormat(format)) throw new RouteError("BAD_REQUEST", "format must be md or html.");
  const loaded = await readTopology(session.workspaceId, id, ["appliance"]);
  if (!loaded) throw notFound();
  const result = storedTopologyRunbook(loaded);
  if (!result.ok) {
    throw new RouteError(
      "INVALID_INPUT",
      "The topology is not complete yet: finish the wizard first.",
      { errors: result.errors },
    );
  }
  const { type, render } = formats[format];
  return new Response(render(result.runbook), {
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "content-disposition": `attachment; filename="${runbookFileName(loaded.topology.document, format)}"`,
      // Generated on each request with the current time: never serve a stale copy.
      "cache-control": "no-store",
    },
  });
});
