// GET /metrics — Prometheus text format of the stored status (lib/metrics), behind
// `Authorization: Bearer $METRICS_TOKEN`; 404 when METRICS_TOKEN is not set.
import { getEnv } from "@/lib/env";
import { metricsRoute } from "@/lib/metrics/route-handler";

export const dynamic = "force-dynamic";

export const GET = metricsRoute(() => getEnv().METRICS_TOKEN);
