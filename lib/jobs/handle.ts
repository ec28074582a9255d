// The process's job queue (pg-boss on the app's own database, schema "pgboss"), as started by
// start-jobs.ts. It lives on globalThis: the launcher (scripts/start.ts) starts it, and the
// app's own module instances (server actions) send through the same one. This module imports
// pg-boss as a type only, so Next never bundles it.
import type PgBoss from "pg-boss";

const holder = globalThis as unknown as { __netscalerHaJobs?: PgBoss };

export function setJobs(boss: PgBoss | undefined): void {
  holder.__netscalerHaJobs = boss;
}

/** The running queue, or null when this process has none (e.g. `next build`). */
export function getJobs(): PgBoss | null {
  return holder.__netscalerHaJobs ?? null;
}

export class JobsNotRunningError extends Error {
  constructor() {
    super("The job queue is not running in this process: start the app with `npm start`.");
  }
}

export function requireJobs(): PgBoss {
  const boss = getJobs();
  if (!boss) throw new JobsNotRunningError();
  return boss;
}
