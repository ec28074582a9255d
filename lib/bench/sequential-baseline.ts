// The baseline the engine is measured against: what the Terraform and Ansible modules do, one
// NITRO request per object, each sent after the previous one answered, in dependency order
// (the engine's own stage order), then one save. It records nothing and reads nothing, so
// it is the cheapest possible sequential apply.
import { schedule } from "@/lib/apply/levels";
import { deleteCall, send, updateCalls } from "@/lib/apply/requests";
import { createCall } from "@/lib/apply/requests";
import type { NitroClient } from "@/lib/nitro";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import type { Plan } from "@/lib/topology/plan";

export async function applySequentially(
  client: NitroClient,
  plan: Plan,
  desired: DesiredConfig,
): Promise<void> {
  for (const stage of schedule(plan, desired)) {
    for (const op of stage.operations) {
      if (op.kind === "delete") {
        await send(
          client,
          deleteCall(op.item.resource, { ...op.item.before, ...op.item.identity }),
        );
      } else if (op.kind === "create") {
        await send(client, createCall(op.item.resource, op.object.attributes));
      } else if (op.kind === "update") {
        const changes = Object.fromEntries(
          op.item.changes.map((c) => [c.name, op.object.attributes[c.name] ?? null]),
        );
        for (const call of updateCalls(op.item.resource, op.object.attributes, changes)) {
          await send(client, call);
        }
      }
    }
  }
  await client.saveConfig();
}
