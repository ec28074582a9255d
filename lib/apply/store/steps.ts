// Apply steps are written before their NITRO request (PENDING) and completed after it, so a
// crash leaves a trace of every change that may have happened. Values are already masked.
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ApplyStepResult = "PENDING" | "OK" | "FAILED" | "ADOPTED" | "SKIPPED";
export type ApplyStepAction = "create" | "update" | "delete" | "adopt";

export interface NewApplyStep {
  seq: number;
  objectId: string;
  resource: string;
  label: string;
  action: ApplyStepAction;
  isUndo: boolean;
  undoOfSeq?: number;
  identity: Prisma.InputJsonObject;
  before?: Prisma.InputJsonObject;
  after?: Prisma.InputJsonObject;
}

export interface StepOutcome {
  result: ApplyStepResult;
  errorcode?: number;
  errorKind?: string;
  message?: string;
  durationMs: number;
}

export interface ApplyStepRecord {
  seq: number;
  objectId: string;
  resource: string;
  label: string;
  action: string;
  result: ApplyStepResult;
  isUndo: boolean;
  undoOfSeq: number | null;
  errorcode: number | null;
  errorKind: string | null;
  message: string | null;
  durationMs: number | null;
  identity: unknown;
  before: unknown;
  after: unknown;
  startedAt: Date;
  finishedAt: Date | null;
}

export async function insertPendingSteps(runId: string, steps: readonly NewApplyStep[]) {
  if (steps.length === 0) return;
  await getDb().applyStep.createMany({
    data: steps.map((step) => ({ ...step, runId, result: "PENDING" as const })),
  });
}

/** The columns a finished step's outcome sets: the same on the row and on the live view. */
export interface FinishedStepFields {
  result: ApplyStepResult;
  errorcode: number | null;
  errorKind: string | null;
  message: string | null;
  durationMs: number;
  finishedAt: Date;
}

export async function finishSteps(
  runId: string,
  seqs: readonly number[],
  outcome: StepOutcome,
): Promise<FinishedStepFields> {
  const fields: FinishedStepFields = {
    result: outcome.result,
    errorcode: outcome.errorcode ?? null,
    errorKind: outcome.errorKind ?? null,
    message: outcome.message ?? null,
    durationMs: Math.round(outcome.durationMs),
    finishedAt: new Date(),
  };
  if (seqs.length === 0) return fields;
  await getDb().applyStep.updateMany({
    where: { runId, seq: { in: [...seqs] } },
    data: fields,
  });
  return fields;
}

export async function listSteps(runId: string): Promise<ApplyStepRecord[]> {
  return getDb().applyStep.findMany({
    where: { runId },
    orderBy: { seq: "asc" },
    omit: { id: true, runId: true },
  });
}

export async function maxStepSeq(runId: string): Promise<number> {
  const { _max } = await getDb().applyStep.aggregate({ where: { runId }, _max: { seq: true } });
  return _max.seq ?? 0;
}
