// GET /api/appliances/:id/facts — what the wizard checks a topology against (SNIPs, vservers,
// Gateways, certificates), read live; an unreachable appliance answers 200 with its state. An
// appliance this workspace does not have (unknown, removed, another workspace's) is a 404 like
// on every route, so nothing is learnt about what exists elsewhere.
import { route } from "@/lib/server/route";
import { notFound } from "@/lib/server/route-errors";
import { readApplianceFacts } from "@/lib/wizard/read-appliance-facts";

export const dynamic = "force-dynamic";

export const GET = route("appliance:read", async ({ session, id }) => {
  const facts = await readApplianceFacts(session.workspaceId, id);
  // NOT_FOUND is the workspace-scoped lookup's answer (an ActionError code); the appliance's own
  // errors are lower-case Nitro kinds ("not_found" included) and stay 200 "unavailable".
  if (facts.state === "unavailable" && facts.reason === "NOT_FOUND") throw notFound();
  return Response.json(facts);
});
