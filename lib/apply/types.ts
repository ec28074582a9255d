// Public shapes of the apply engine: what server actions pass in and what the UI shows.
import type { Actor } from "@/lib/auth/actor";
import type { ApplyRunStatus } from "./run-status";
import type { ApplyRunRecord } from "@/lib/apply/store/runs";
import type { ApplyStepRecord, ApplyStepResult } from "@/lib/apply/store/steps";
import type { ApplianceConnection, NitroClient } from "@/lib/nitro";
import type { AttributeValue, DesiredConfig } from "@/lib/topology/compile/desired";
import type { PlanSummary } from "@/lib/topology/plan";
import type { ApplyVerification } from "./verify/types";

export type { ApplyRunStatus, ApplyStepResult };

export interface ApplyOptions {
  /** DesiredObject ids whose conflicting live objects the admin chose to adopt. */
  adopt?: readonly string[];
  /** Required when the plan deletes and re-creates objects (replace). */
  confirmReplace?: boolean;
  /** Save the running configuration afterwards (default true). */
  saveConfig?: boolean;
  /** Refuse unless the fresh plan still has this hash (the plan the admin reviewed). */
  expectedPlanHash?: string;
}

/**
 * Where an apply or rollback was asked for, for its audit events (never a secret): the client's
 * address (web) or the command line's origin.
 */
export type ApplyOrigin = Partial<Pick<Actor, "clientAddress" | "via">>;

/** Who applies what where. Ids are checked against the workspace. */
export interface ApplyTarget {
  workspaceId: string;
  topologyId: string;
  applianceId: string;
  actorId: string | null;
  origin?: ApplyOrigin;
}

/** Test and shutdown seams; none of them is needed by a server action. */
export interface EngineSeams {
  /** Use this connection instead of the appliance's stored one. */
  connection?: ApplianceConnection;
  /** Wraps the NITRO client (tests inject lost replies and concurrent changes with it). */
  wrapClient?: (client: NitroClient) => NitroClient;
  /**
   * Stops the run where it is without rollback and without a final status, exactly as a dead
   * process would: the heartbeat stops and the run becomes INTERRUPTED once it is stale.
   */
  abandon?: AbortSignal;
  /** Heartbeat period (default 5 s); a run is stale after `staleAfterMs` (default 60 s). */
  heartbeatMs?: number;
  staleAfterMs?: number;
  /** Parallel NITRO requests within one level (default 4). */
  concurrency?: number;
}

export interface ApplyInput extends ApplyTarget, EngineSeams {
  desired: DesiredConfig;
  options?: ApplyOptions;
  /** Called whenever a step is started or finished (progress for the UI). */
  onStep?: (step: ApplyStepView) => void;
  /** Called once the run exists (the appliance lock is held), before any change is made. */
  onRunStarted?: (runId: string) => void;
}

/** A recorded step as the UI shows it: the stored record with its JSON columns typed. */
export type ApplyStepView = Omit<ApplyStepRecord, "identity" | "before" | "after"> & {
  identity: Record<string, AttributeValue>;
  /** Secrets are masked or absent in both. */
  before: Record<string, AttributeValue> | null;
  after: Record<string, AttributeValue> | null;
};

/** A run's row as the UI sees it: its JSON columns parsed, its steps attached, its workspace
 * left out (the reader is already scoped to it). */
export interface ApplyRunView extends Omit<
  ApplyRunRecord,
  "workspaceId" | "options" | "summary" | "verification"
> {
  options: ApplyOptions;
  summary: PlanSummary | null;
  /** After a successful apply: did the vservers come UP (null: not verified). */
  verification: ApplyVerification | null;
  steps: ApplyStepView[];
}
