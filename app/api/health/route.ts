// GET /api/health — liveness and database reachability, for load balancers and tests.
import { pingDatabase } from "@/lib/db/client";
import { publicRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(async () =>
  (await pingDatabase())
    ? Response.json({ ok: true, database: "up" })
    : Response.json({ ok: false, database: "down" }, { status: 503 }),
);
