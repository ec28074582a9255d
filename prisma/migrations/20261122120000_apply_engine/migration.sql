-- CreateEnum
CREATE TYPE "ApplyRunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED', 'ROLLED_BACK', 'INTERRUPTED');

-- CreateEnum
CREATE TYPE "ApplyStepResult" AS ENUM ('PENDING', 'OK', 'FAILED', 'ADOPTED', 'SKIPPED');

-- CreateTable
CREATE TABLE "apply_runs" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "topologyId" TEXT NOT NULL,
    "applianceId" TEXT NOT NULL,
    "actorId" TEXT,
    "status" "ApplyRunStatus" NOT NULL DEFAULT 'RUNNING',
    "options" JSONB NOT NULL,
    "summary" JSONB,
    "resumeOfId" TEXT,
    "error" TEXT,
    "configSaved" BOOLEAN NOT NULL DEFAULT false,
    "driftAfter" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "apply_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "apply_steps" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "objectId" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "result" "ApplyStepResult" NOT NULL DEFAULT 'PENDING',
    "isUndo" BOOLEAN NOT NULL DEFAULT false,
    "undoOfSeq" INTEGER,
    "errorcode" INTEGER,
    "errorKind" TEXT,
    "message" TEXT,
    "durationMs" INTEGER,
    "identity" JSONB NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "apply_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "applied_objects" (
    "id" TEXT NOT NULL,
    "topologyId" TEXT NOT NULL,
    "applianceId" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "identityKey" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "identity" JSONB NOT NULL,
    "attributes" JSONB NOT NULL,
    "adopted" BOOLEAN NOT NULL DEFAULT false,
    "lastRunId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "applied_objects_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "apply_runs_applianceId_status_idx" ON "apply_runs"("applianceId", "status");

-- CreateIndex
CREATE INDEX "apply_runs_topologyId_startedAt_idx" ON "apply_runs"("topologyId", "startedAt");

-- CreateIndex (hand-written: Prisma's schema language has no partial indexes) — the apply
-- lock: at most one RUNNING run per appliance.
CREATE UNIQUE INDEX "apply_runs_one_running_per_appliance" ON "apply_runs"("applianceId") WHERE "status" = 'RUNNING';

-- CreateIndex
CREATE UNIQUE INDEX "apply_steps_runId_seq_key" ON "apply_steps"("runId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "applied_objects_topologyId_applianceId_identityKey_key" ON "applied_objects"("topologyId", "applianceId", "identityKey");

-- CreateIndex
CREATE INDEX "applied_objects_applianceId_identityKey_idx" ON "applied_objects"("applianceId", "identityKey");

-- AddForeignKey
ALTER TABLE "apply_runs" ADD CONSTRAINT "apply_runs_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "topologies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "apply_runs" ADD CONSTRAINT "apply_runs_applianceId_fkey" FOREIGN KEY ("applianceId") REFERENCES "appliances"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "apply_runs" ADD CONSTRAINT "apply_runs_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "apply_steps" ADD CONSTRAINT "apply_steps_runId_fkey" FOREIGN KEY ("runId") REFERENCES "apply_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applied_objects" ADD CONSTRAINT "applied_objects_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "topologies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "applied_objects" ADD CONSTRAINT "applied_objects_applianceId_fkey" FOREIGN KEY ("applianceId") REFERENCES "appliances"("id") ON DELETE CASCADE ON UPDATE CASCADE;
