// GET /api/topologies/:id/runbook?format=md|html — the runbook as a file to keep or mail: the
// Markdown, or a standalone printable HTML page. Read access is enough (viewers included); a
// topology that is not complete yet gets 422 with the wizard's errors instead of a runbook.
import { authorizeRoute } from "@/lib/server/route-auth";
import { lookupTopology } from "@/lib/topologies/load";
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

export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const auth = await authorizeRoute("topology:read", params);
  if (!auth.ok) return auth.response;
  const format = new URL(request.url).searchParams.get("format") ?? "md";
  if (!isFormat(format)) {
    return Response.json({ error: "format must be md or html." }, { status: 400 });
  }
  const loaded = await lookupTopology(auth.id, {
    permission: "topology:read",
    include: ["appliance"],
  });
  if (!loaded.ok) return Response.json({ error: "Not found." }, { status: 404 });
  const { topology } = loaded;
  const result = storedTopologyRunbook(loaded);
  if (!result.ok) {
    return Response.json(
      {
        error: "The topology is not complete yet: finish the wizard first.",
        errors: result.errors,
      },
      { status: 422 },
    );
  }
  const { type, render } = formats[format];
  return new Response(render(result.runbook), {
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "content-disposition": `attachment; filename="${runbookFileName(topology.document, format)}"`,
      // Generated on each request with the current time: never serve a stale copy.
      "cache-control": "no-store",
    },
  });
}
