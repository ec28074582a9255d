// plan = ownership records (DB) + live state (a few bulk NITRO reads) → pure diff.
import type { ApplianceConnection, NitroClient } from "@/lib/nitro";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { diff, type Plan } from "@/lib/topology/plan";
import { readLiveState } from "./read-live";
import { openClient } from "./connect";
import { ApplyRefusedError } from "./errors";
import { loadTracked } from "./ownership";
import { secretDigest } from "./secret-digest";
import { applyTargetsExist } from "@/lib/apply/store/runs";

export interface PlanInput {
  workspaceId: string;
  topologyId: string;
  applianceId: string;
  desired: DesiredConfig;
  /** DesiredObject ids whose conflicts to adopt. */
  adopt?: readonly string[];
  connection?: ApplianceConnection;
}

export async function computePlan(
  client: NitroClient,
  desired: DesiredConfig,
  topologyId: string,
  applianceId: string,
  adopt: readonly string[] = [],
): Promise<Plan> {
  return planFrom(client, desired, await loadTracked(topologyId, applianceId), adopt);
}

export type OwnershipRecords = Awaited<ReturnType<typeof loadTracked>>;

/** The plan from ownership records already loaded: one wave of parallel reads, then the diff. */
export async function planFrom(
  client: NitroClient,
  desired: DesiredConfig,
  { tracked, ownedElsewhere }: OwnershipRecords,
  adopt: readonly string[] = [],
): Promise<Plan> {
  const live = await readLiveState(client, desired, tracked);
  return diff(desired, live, tracked, { adopt, ownedElsewhere, secretDigest });
}

/** The plan the review page shows: what an apply would change now. */
export async function planTopology(input: PlanInput): Promise<Plan> {
  if (!(await applyTargetsExist(input.workspaceId, input.topologyId, input.applianceId))) {
    throw new ApplyRefusedError("not-found", "This topology or appliance no longer exists.");
  }
  const client = await openClient(input.workspaceId, input.applianceId, input.connection);
  try {
    return await computePlan(
      client,
      input.desired,
      input.topologyId,
      input.applianceId,
      input.adopt,
    );
  } finally {
    await client.dispose();
  }
}
