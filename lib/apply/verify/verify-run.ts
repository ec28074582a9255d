// Watches a successfully applied topology settle: reads the appliance's vservers and members
// (two bulk GETs, plus the members' monitors while one is DOWN) every VERIFY_EVERY_MS until
// every vserver is UP with all members or the time is up, storing the verification on the run
// after every read so the apply page follows it.
import { storeVerification } from "@/lib/apply/store/verification";
import type { ApplianceConnection, NitroClient } from "@/lib/nitro";
import { readAppliance } from "@/lib/status/read-appliance";
import { watchSetFrom } from "@/lib/status/watch";
import type { DesiredConfig } from "@/lib/topology/compile/desired";
import { openClient } from "../connect";
import { judgeVservers, settled } from "./judge";
import type { ApplyVerification } from "./types";

export interface VerifyInput {
  workspaceId: string;
  topologyId: string;
  applianceId: string;
  runId: string;
  desired: DesiredConfig;
  connection?: ApplianceConnection;
  limitSeconds: number;
  everyMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Resolves with the final verification (also stored on the run); never throws for the appliance. */
export async function verifyApplyRun(input: VerifyInput): Promise<ApplyVerification> {
  const watch = watchSetFrom(input.topologyId, input.desired);
  const started = Date.now();
  const deadline = started + input.limitSeconds * 1000;
  let verification: ApplyVerification = {
    outcome: "checking",
    limitSeconds: input.limitSeconds,
    startedAt: new Date(started).toISOString(),
    finishedAt: null,
    checks: 0,
    vservers: [],
    error: null,
  };
  await storeVerification(input.runId, verification);
  let client: NitroClient | undefined;
  try {
    client = await openClient(input.workspaceId, input.applianceId, input.connection);
    for (;;) {
      const read = await readAppliance(client, "none");
      const vservers = judgeVservers(watch, read);
      const done = settled(vservers);
      const out = done || Date.now() + input.everyMs > deadline;
      verification = {
        ...verification,
        checks: verification.checks + 1,
        vservers,
        ...(out
          ? { outcome: done ? "settled" : "not_settled", finishedAt: new Date().toISOString() }
          : {}),
      };
      await storeVerification(input.runId, verification);
      if (out) return verification;
      await sleep(input.everyMs);
    }
  } catch (error) {
    verification = {
      ...verification,
      outcome: "failed",
      finishedAt: new Date().toISOString(),
      error: `The appliance could not be read: ${messageOf(error)}`,
    };
    await storeVerification(input.runId, verification);
    return verification;
  } finally {
    await client?.dispose();
  }
}
