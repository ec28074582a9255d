// The delivery worker: one attempt per job run, each logged; a failed attempt throws so
// pg-boss retries it with backoff, and the last one is logged as failed.
import { sendToChannel } from "./send";
import { loadChannelSecrets } from "./store/channels";
import { loadDeliveryToSend, recordAttempt } from "./store/deliveries";

export interface DeliveryAttemptJob {
  data: { deliveryId: string };
  retryCount: number;
  retryLimit: number;
}

export class DeliveryAttemptFailed extends Error {}

export async function runDeliveryJob(job: DeliveryAttemptJob): Promise<void> {
  const delivery = await loadDeliveryToSend(job.data.deliveryId);
  // Gone (workspace deleted) or already settled (a job run twice): nothing to do.
  if (!delivery || !["queued", "retrying"].includes(delivery.status)) return;
  const channel = delivery.channelId ? await loadChannelSecrets(delivery.channelId) : null;
  if (!channel) {
    await recordAttempt(delivery.id, {
      status: "failed",
      httpStatus: null,
      error: "the channel was removed",
    });
    return;
  }
  const result = await sendToChannel(channel, delivery.notice);
  if (result.ok) {
    await recordAttempt(delivery.id, {
      status: "sent",
      httpStatus: result.httpStatus,
      error: null,
    });
    return;
  }
  const last = job.retryCount >= job.retryLimit;
  await recordAttempt(delivery.id, {
    status: last ? "failed" : "retrying",
    httpStatus: result.httpStatus,
    error: result.error,
  });
  if (!last) throw new DeliveryAttemptFailed(result.error ?? "delivery failed");
}
