// The permission table, enforced for route handlers: one row per GET route with an [id].
//
// README: adding a row for a new route
//   module         the route module, as the app imports it ("@/app/api/…/[id]/…/route")
//   permission     the permission its route(…) wrapper names
//   fixture        builds workspace A's object as its owner (appliances point at the test
//                  simulator, so reads really happen) and returns the id for the URL
//   url            the request URL for an id
//   missingStatus  only when the route answers an id it cannot find with something else
//                  than 404 (say why)
//
// routes.test.ts then proves for each row: signed out → 401; every role holding the
// permission → 200 for its own workspace's id; every role without it → 404 with exactly the
// body it gets for an unknown id; the least role holding it, in workspace B, gets for A's id
// exactly the status and body it gets for an unknown id. coverage.test.ts fails for any
// handler in app/api/** that has neither a row here nor an entry in exemptions.ts.
import { applianceInputSchema } from "@/lib/appliances/schema";
import { SIM_PASSWORD } from "@/lib/apply/testing/harness";
import type { Permission } from "@/lib/auth/permissions";
import { createAppliance } from "@/lib/appliances/store";
import { getDb } from "@/lib/db/client";
import { createTopology } from "@/lib/topologies/store";
import { saveTopologyDocument, setTopologyAppliance } from "@/lib/topologies/documents";
import { exampleDocument, type Member } from "./fixtures";

export interface RouteEnv {
  simulatorUrl: string;
}

export interface RouteCase {
  module: string;
  method: "GET";
  permission: Permission;
  fixture: (owner: Member, env: RouteEnv) => Promise<string>;
  url: (id: string) => string;
  missingStatus?: number;
}

async function simulatedAppliance(owner: Member, env: RouteEnv): Promise<string> {
  const input = applianceInputSchema.parse({
    name: "sim",
    baseUrl: env.simulatorUrl,
    username: "nsroot",
    password: SIM_PASSWORD,
    tlsMode: "INSECURE",
  });
  return createAppliance(owner, input);
}

/** The IGEL example on an appliance the simulator plays: plannable and watchable. */
async function topology(owner: Member, env: RouteEnv): Promise<string> {
  const id = await createTopology(owner, { kind: "IGEL_UMS", name: "UMS production" });
  const { version } = await saveTopologyDocument(owner, {
    id,
    expectedVersion: 1,
    document: exampleDocument,
  });
  const applianceId = await simulatedAppliance(owner, env);
  await setTopologyAppliance(owner, { id, applianceId, expectedVersion: version });
  return id;
}

async function applyRun(owner: Member, env: RouteEnv): Promise<string> {
  const topologyId = await topology(owner, env);
  const row = await getDb().topology.findUniqueOrThrow({ where: { id: topologyId } });
  const run = await getDb().applyRun.create({
    data: {
      workspaceId: owner.workspaceId,
      topologyId,
      applianceId: row.applianceId ?? "",
      actorId: owner.userId,
      status: "SUCCEEDED",
      options: {},
      finishedAt: new Date(),
    },
  });
  return run.id;
}

export const routeCases: RouteCase[] = [
  {
    module: "@/app/api/topologies/[id]/export/route",
    method: "GET",
    permission: "topology:read",
    fixture: topology,
    url: (id) => `http://localhost/api/topologies/${id}/export?format=json`,
  },
  {
    module: "@/app/api/topologies/[id]/plan/route",
    method: "GET",
    permission: "topology:plan",
    fixture: topology,
    url: (id) => `http://localhost/api/topologies/${id}/plan?adopt=`,
  },
  {
    module: "@/app/api/topologies/[id]/runbook/route",
    method: "GET",
    permission: "topology:read",
    fixture: topology,
    url: (id) => `http://localhost/api/topologies/${id}/runbook?format=md`,
  },
  {
    module: "@/app/api/topologies/[id]/status/route",
    method: "GET",
    permission: "topology:read",
    fixture: topology,
    url: (id) => `http://localhost/api/topologies/${id}/status`,
  },
  {
    module: "@/app/api/apply-runs/[id]/route",
    method: "GET",
    permission: "topology:read",
    fixture: applyRun,
    url: (id) => `http://localhost/api/apply-runs/${id}`,
  },
  {
    module: "@/app/api/appliances/[id]/facts/route",
    method: "GET",
    permission: "appliance:read",
    fixture: simulatedAppliance,
    url: (id) => `http://localhost/api/appliances/${id}/facts`,
  },
];
