import type { Appliance } from "../core/appliance";
import { asNitroError, NitroError } from "../errors";
import { errorReply, type NitroReply } from "./reply";
import { DONE } from "./respond";

// One write request, single object or bulk array. X-NITRO-ONERROR: exit (default) stops at the
// first failure keeping earlier items, continue runs everything, rollback (add/bind only) undoes
// the earlier items. Any failure in a bulk request answers 207 with one entry per processed item.

export type OnError = "exit" | "continue" | "rollback";

export interface WriteJob {
  app: Appliance;
  type: string;
  payload: unknown;
  onerror: string | undefined;
  /** Only add and bind can be rolled back on the appliance. */
  rollbackable: boolean;
  successStatus: 200 | 201;
  changesConfig: boolean;
  now: number;
  exec: (item: unknown) => void;
}

function runItem(job: WriteJob, item: unknown): void {
  if (job.changesConfig) job.app.guardWrite(job.type);
  try {
    job.exec(item);
  } finally {
    // Even a failed item may have touched a table (e.g. an auto-created server).
    job.app.store.touch();
  }
  if (job.changesConfig) job.app.markChanged(job.now);
}

export function runWrite(job: WriteJob): NitroReply {
  if (!Array.isArray(job.payload)) {
    try {
      runItem(job, job.payload);
      return { status: job.successStatus, body: { ...DONE } };
    } catch (err) {
      return errorReply(asNitroError(err));
    }
  }
  const mode = (job.onerror ?? "exit").toLowerCase();
  if (mode !== "exit" && mode !== "continue" && mode !== "rollback") {
    return errorReply(new NitroError(278, `X-NITRO-ONERROR, ${mode}`));
  }
  if (mode === "rollback" && !job.rollbackable) return errorReply(new NitroError(1242));
  const checkpoint = mode === "rollback" ? job.app.store.checkpoint() : undefined;
  const response: unknown[] = [];
  let failed = false;
  for (const item of job.payload) {
    try {
      runItem(job, item);
      response.push({ ...DONE });
    } catch (err) {
      failed = true;
      response.push(asNitroError(err).toBody());
      if (mode !== "continue") break;
    }
  }
  if (!failed) return { status: job.successStatus, body: { ...DONE } };
  if (checkpoint) job.app.store.restore(checkpoint);
  const bulk = new NitroError(1243);
  return { status: 207, body: { ...bulk.toBody(), response } };
}
