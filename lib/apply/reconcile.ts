// Reading back after uncertain writes: a create that timed out (or hit "already exists") may
// have been applied; if the object is there as wanted it is adopted as created by this run
// instead of being orphaned or reported as failed.
import type { NitroClient } from "@/lib/nitro";
import type { DesiredObject } from "@/lib/topology/desired";
import { desiredKey, diff, readLiveState, type TrackedObject } from "@/lib/topology/plan";

export type CreateVerdict = "match" | "differs" | "absent";

export async function verifyCreated(
  client: NitroClient,
  objects: readonly DesiredObject[],
): Promise<Map<string, CreateVerdict>> {
  const desired = { objects: [...objects] };
  // Treated as ours so that an existing object diffs instead of showing as a conflict.
  const tracked: TrackedObject[] = objects.map((object) => ({
    identityKey: desiredKey(object),
    objectId: object.id,
    resource: object.resource,
    label: object.label,
    identity: object.identity,
    attributes: {},
    adopted: false,
  }));
  const plan = diff(desired, await readLiveState(client, desired, tracked), tracked);
  const verdicts = new Map<string, CreateVerdict>();
  for (const item of plan.items) {
    const verdict =
      item.action === "create" ? "absent" : item.action === "unchanged" ? "match" : "differs";
    verdicts.set(item.id, verdict);
  }
  return verdicts;
}
