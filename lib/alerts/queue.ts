// The delivery queue on pg-boss (lib/jobs). A job carries only the delivery's id (its row
// holds the notice); the job id is the delivery id, so sending twice queues it once.
import type PgBoss from "pg-boss";
import { requireJobs } from "@/lib/jobs/handle";

export const DELIVERY_QUEUE = "alert-delivery";

/** Five retries after the first try, about 5 s, 10 s, 20 s, 40 s and 80 s apart. */
export const DELIVERY_RETRY = {
  retryLimit: 5,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: 60,
} as const;

export interface DeliveryJob {
  deliveryId: string;
}

export type Enqueue = (deliveryId: string) => Promise<void>;

export async function createDeliveryQueue(boss: PgBoss): Promise<void> {
  await boss.createQueue(DELIVERY_QUEUE, { name: DELIVERY_QUEUE, ...DELIVERY_RETRY });
}

export const enqueueDelivery: Enqueue = async (deliveryId) => {
  await requireJobs().send(DELIVERY_QUEUE, { deliveryId } satisfies DeliveryJob, {
    id: deliveryId,
    ...DELIVERY_RETRY,
  });
};
