// GET /api/runbook/stylesheet — the runbook's CSS as a same-origin stylesheet: the page CSP
// (proxy.ts) admits no inline <style> that a client-side navigation could insert.
import { RUNBOOK_CSS } from "@/lib/topology/runbook";
import { publicRoute } from "@/lib/server/route";

export const GET = publicRoute(
  async () =>
    new Response(RUNBOOK_CSS, {
      headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "no-cache" },
    }),
);
