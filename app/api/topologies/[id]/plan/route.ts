// GET /api/topologies/:id/plan?adopt=a,b — plan the topology against its appliance (a few
// bulk NITRO reads; nothing is changed). Polled by the review page through TanStack Query.
import { getClientAddress } from "@/lib/server/client-address";
import { route } from "@/lib/server/route";
import { planForReview } from "@/lib/review/plan-for-review";

export const dynamic = "force-dynamic";

export const GET = route(
  "topology:plan",
  async ({ request, session, id }) => {
    const adopt = (new URL(request.url).searchParams.get("adopt") ?? "").split(",").filter(Boolean);
    const by = { ...session, clientAddress: await getClientAddress() };
    return Response.json(await planForReview(session.workspaceId, id, adopt, by));
  },
  { failure: "Planning failed on the server; nothing was changed." },
);
