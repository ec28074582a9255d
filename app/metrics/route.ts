// GET /metrics — Prometheus text format of the stored status (lib/metrics), behind
// `Authorization: Bearer $METRICS_TOKEN`; 404 when METRICS_TOKEN is not set.
import { getEnv } from "@/lib/env";
import { metricsHandler } from "@/lib/metrics/route-handler";
import { publicRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

export const GET = publicRoute(
  metricsHandler(() => getEnv().METRICS_TOKEN),
  {
    failure: "The metrics could not be read on the server.",
    headers: { "cache-control": "no-store" },
  },
);
