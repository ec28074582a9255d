// GET /api/topologies/:id/export?format=json|cli|nitro — the topology as a file: its JSON
// document, the NetScaler CLI batch, or the NITRO request list (secrets masked).
import { authorizeRoute } from "@/lib/server/route-auth";
import { loadTopologyDocument } from "@/lib/db/topology-documents";
import { compile } from "@/lib/topology/compile";
import {
  cliBatch,
  documentFileName,
  exportDocumentJson,
  nitroRequests,
} from "@/lib/topology/export";
import { validateDocument } from "@/lib/topology/validate";

export const dynamic = "force-dynamic";

function download(body: string, fileName: string, type: string): Response {
  return new Response(body, {
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "content-disposition": `attachment; filename="${fileName}"`,
    },
  });
}

export async function GET(
  request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const auth = await authorizeRoute("topology:read", params);
  if (!auth.ok) return auth.response;
  const topology = await loadTopologyDocument(auth.session.workspaceId, auth.id);
  if (!topology) return Response.json({ error: "Not found." }, { status: 404 });
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  const base = documentFileName(topology.document).replace(/\.topology\.json$/, "");
  if (format === "json")
    return download(
      exportDocumentJson(topology.document),
      documentFileName(topology.document),
      "application/json",
    );
  const validation = validateDocument(topology.document);
  if (!validation.document) {
    return Response.json(
      { error: "The topology is not complete yet.", errors: validation.errors },
      { status: 422 },
    );
  }
  const desired = compile(validation.document);
  if (format === "cli") return download(cliBatch(desired), `${base}.cli.txt`, "text/plain");
  if (format === "nitro")
    return download(
      `${JSON.stringify(nitroRequests(desired), null, 2)}\n`,
      `${base}.nitro.json`,
      "application/json",
    );
  return Response.json({ error: "format must be json, cli or nitro." }, { status: 400 });
}
