// The launcher's one call: the job queue (lib/jobs) on the app database, then alerts on it.
import { startJobs, stopJobs } from "@/lib/jobs/start-jobs";
import { startAlerts } from "./runtime";

export async function startAlertsService(
  databaseUrl: string,
  pollIntervalMs: number,
): Promise<{ stop(): Promise<void> }> {
  const boss = await startJobs(databaseUrl);
  const alerts = await startAlerts({ boss, pollIntervalMs });
  return {
    async stop() {
      await alerts.stop();
      await stopJobs();
    },
  };
}
