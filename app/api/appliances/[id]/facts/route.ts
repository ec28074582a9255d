// GET /api/appliances/:id/facts — what the wizard checks a topology against (SNIPs, vservers,
// Gateways, certificates), read live; an unreachable appliance answers 200 with its state.
import { authorizeRoute } from "@/lib/server/route-auth";
import { readApplianceFacts } from "@/lib/wizard/read-appliance-facts";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const auth = await authorizeRoute("appliance:read", params);
  if (!auth.ok) return auth.response;
  return Response.json(await readApplianceFacts(auth.session.workspaceId, auth.id));
}
