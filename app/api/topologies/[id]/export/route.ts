// GET /api/topologies/:id/export?format=json|cli|nitro — the topology as a file: its JSON
// document, the NetScaler CLI batch, or the NITRO request list (secrets masked). The JSON is
// byte-stable and never carries a secret: the export refuses (422) rather than write one.
import { route } from "@/lib/server/route";
import { notFound, RouteError } from "@/lib/server/route-errors";
import { readTopology } from "@/lib/topologies/load";
import {
  cliBatch,
  documentFileName,
  exportDocumentJson,
  nitroRequests,
  SecretInDocumentError,
} from "@/lib/topology/export";

export const dynamic = "force-dynamic";

function download(body: string, fileName: string, type: string): Response {
  return new Response(body, {
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "content-disposition": `attachment; filename="${fileName}"`,
      // A topology is workspace data: no shared cache keeps a copy.
      "cache-control": "private, no-store",
    },
  });
}

function jsonFile(document: Parameters<typeof exportDocumentJson>[0]): Response {
  try {
    return download(exportDocumentJson(document), documentFileName(document), "application/json");
  } catch (error) {
    if (!(error instanceof SecretInDocumentError)) throw error;
    throw new RouteError(
      "INVALID_INPUT",
      "The topology holds a secret, so it is not exported. Remove it and export again.",
      { paths: error.findings.map((f) => f.path) },
    );
  }
}

export const GET = route("topology:read", async ({ request, session, id }) => {
  const loaded = await readTopology(session.workspaceId, id, ["compiled"]);
  if (!loaded) throw notFound();
  const { topology, compiled } = loaded;
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  const base = documentFileName(topology.document).replace(/\.topology\.json$/, "");
  if (format === "json") return jsonFile(topology.document);
  const { desired } = compiled;
  if (!desired) {
    throw new RouteError("INVALID_INPUT", "The topology is not complete yet.", {
      errors: compiled.errors,
    });
  }
  if (format === "cli") return download(cliBatch(desired), `${base}.cli.txt`, "text/plain");
  if (format === "nitro")
    return download(
      `${JSON.stringify(nitroRequests(desired), null, 2)}\n`,
      `${base}.nitro.json`,
      "application/json",
    );
  throw new RouteError("BAD_REQUEST", "format must be json, cli or nitro.");
});
