// Alerts in a running app: the delivery worker on pg-boss, a sweeper for deliveries whose job
// was never queued, and the evaluator loop, which runs only on the instance holding the
// evaluator lease. Started once per process by the launcher (scripts/start.ts).
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { defaultSources, evaluateOnce, type EvaluatorSources } from "./evaluator";
import { createDeliveryQueue, DELIVERY_QUEUE, type DeliveryJob } from "./queue";
import { strandedDeliveries } from "./store/deliveries";
import { pruneDeliveries } from "./store/prune";
import { acquireEvaluatorLease, releaseEvaluatorLease } from "./store/lease";
import { runDeliveryJob } from "./worker";

export interface AlertsRuntime {
  stop(): Promise<void>;
}

/** Evaluate every half poll interval (at least 500 ms, at most 5 s). */
export function evaluationPeriodMs(pollIntervalMs: number): number {
  return Math.min(Math.max(Math.round(pollIntervalMs / 2), 500), 5_000);
}

const SWEEP_EVERY_MS = 60_000;

/** Deliveries sent at once per process: a slow receiver (10 s timeout) holds up only one. */
export const DELIVERY_WORKERS = 4;

/** The delivery queue's workers in this process: one job each at a time, polled every 0.5 s. */
export async function startDeliveryWorker(boss: PgBoss): Promise<void> {
  await createDeliveryQueue(boss);
  for (let i = 0; i < DELIVERY_WORKERS; i++)
    await boss.work<DeliveryJob>(
      DELIVERY_QUEUE,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        if (job) await runDeliveryJob(job);
      },
    );
}

export async function stopDeliveryWorker(boss: PgBoss): Promise<void> {
  await boss.offWork(DELIVERY_QUEUE).catch(() => undefined);
}

export async function startAlerts(options: {
  boss: PgBoss;
  pollIntervalMs: number;
  sources?: Partial<EvaluatorSources>;
}): Promise<AlertsRuntime> {
  const { boss } = options;
  const sources: EvaluatorSources = { ...defaultSources, ...options.sources };
  await startDeliveryWorker(boss);

  const holder = randomUUID();
  const periodMs = evaluationPeriodMs(options.pollIntervalMs);
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastSweep = 0;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      if (Date.now() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        for (const id of await strandedDeliveries(new Date(Date.now() - 30_000)))
          await sources.enqueue(id);
        await pruneDeliveries(
          new Date(Date.now() - getEnv().STATUS_HISTORY_RETENTION_DAYS * 86_400_000),
        );
      }
      if (await acquireEvaluatorLease(holder, periodMs * 4 + 5_000))
        await evaluateOnce(new Date(), sources);
    } catch (error) {
      log.warn(
        `Alert evaluation failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, periodMs);
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await stopDeliveryWorker(boss);
      await releaseEvaluatorLease(holder).catch(() => undefined);
    },
  };
}
