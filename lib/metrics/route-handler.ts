import "server-only";
// GET /metrics behind a bearer token: 404 while no token is configured (the endpoint does not
// exist), 401 with no detail for a missing or wrong token, else the scrape.
import { scrapeMetrics } from "./scrape";
import { bearerMatches } from "./token";

export function metricsHandler(token: () => string | undefined) {
  return async (request: Request): Promise<Response> => {
    const expected = token();
    if (!expected) return new Response("Not found\n", { status: 404 });
    if (!bearerMatches(request.headers.get("authorization"), expected))
      return new Response("Unauthorized\n", {
        status: 401,
        headers: { "www-authenticate": 'Bearer realm="metrics"' },
      });
    const { body, contentType } = await scrapeMetrics();
    return new Response(body, { headers: { "content-type": contentType } });
  };
}
