-- CreateTable
CREATE TABLE "status_transitions" (
    "id" TEXT NOT NULL,
    "applianceId" TEXT NOT NULL,
    "topologyId" TEXT,
    "objectKey" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_transitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "poller_leases" (
    "applianceId" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "poller_leases_pkey" PRIMARY KEY ("applianceId")
);

-- CreateTable
CREATE TABLE "status_snapshots" (
    "applianceId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "status_snapshots_pkey" PRIMARY KEY ("applianceId")
);

-- CreateIndex
CREATE INDEX "status_transitions_applianceId_objectKey_at_idx" ON "status_transitions"("applianceId", "objectKey", "at");

-- CreateIndex
CREATE INDEX "status_transitions_applianceId_at_idx" ON "status_transitions"("applianceId", "at");

-- CreateIndex
CREATE INDEX "status_transitions_at_idx" ON "status_transitions"("at");

-- AddForeignKey
ALTER TABLE "status_transitions" ADD CONSTRAINT "status_transitions_applianceId_fkey" FOREIGN KEY ("applianceId") REFERENCES "appliances"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_transitions" ADD CONSTRAINT "status_transitions_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "topologies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "poller_leases" ADD CONSTRAINT "poller_leases_applianceId_fkey" FOREIGN KEY ("applianceId") REFERENCES "appliances"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_snapshots" ADD CONSTRAINT "status_snapshots_applianceId_fkey" FOREIGN KEY ("applianceId") REFERENCES "appliances"("id") ON DELETE CASCADE ON UPDATE CASCADE;
