// GET /api/topologies/:id/export?format=json|cli|nitro — the topology as a file: its JSON
// document, the NetScaler CLI batch, or the NITRO request list (secrets masked).
import { getAppSession } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
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
  const session = await getAppSession();
  if (!session) return Response.json({ error: "Sign in first." }, { status: 401 });
  const { id } = await params;
  // Not found and not allowed look the same, so nobody learns what exists elsewhere.
  const topology =
    can(session.role, "topology:read") && /^[0-9a-f-]{36}$/i.test(id)
      ? await loadTopologyDocument(session.workspaceId, id)
      : null;
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
