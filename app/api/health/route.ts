// GET /api/health — liveness and database reachability, for load balancers and tests.
import { pingDatabase } from "@/lib/db/client";
import { publicRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

// While the database is away (the embedded one being restarted, an external one unreachable)
// the app is not healthy: 503 takes it out of a load balancer's pool until it is back.
export const GET = publicRoute(async () =>
  (await pingDatabase())
    ? Response.json({ ok: true, database: "up" })
    : Response.json(
        { ok: false, database: "down", message: "The database is unavailable." },
        { status: 503, headers: { "Retry-After": "5" } },
      ),
);
