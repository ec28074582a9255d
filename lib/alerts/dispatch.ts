// A notice to each of a rule's channels: logged as silenced when a silence matches, else
// logged as queued and handed to the delivery queue.
import { log } from "@/lib/log";
import type { Notice } from "./notice";
import { enqueueDelivery, type Enqueue } from "./queue";
import { createDelivery } from "./store/deliveries";
import { findSilence } from "./store/silences";

export interface DispatchInput {
  workspaceId: string;
  channels: ReadonlyArray<{ id: string; name: string }>;
  notice: Notice;
  stateId: string | null;
  scope: { topologyId: string | null; ruleId: string | null; objectKey: string | null };
}

export async function dispatchNotice(
  input: DispatchInput,
  enqueue: Enqueue = enqueueDelivery,
  now = new Date(),
): Promise<string[]> {
  const silence =
    input.notice.event === "test"
      ? null
      : await findSilence({ workspaceId: input.workspaceId, ...input.scope }, now);
  const ids: string[] = [];
  for (const channel of input.channels) {
    const delivery = await createDelivery({
      workspaceId: input.workspaceId,
      channelId: channel.id,
      channelName: channel.name,
      stateId: input.stateId,
      notice: input.notice,
      status: silence ? "silenced" : "queued",
      error: silence ? `Silenced: ${silence.reason}` : null,
    });
    ids.push(delivery.id);
    if (silence) continue;
    try {
      await enqueue(delivery.id);
    } catch (error) {
      // The row stays queued; the sweeper (runtime.ts) queues it again.
      log.warn(
        `Alert delivery ${delivery.id} not queued yet: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return ids;
}
