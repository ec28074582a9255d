-- The latest scheduled drift check of each topology (lib/status/drift-store.ts): written by the
-- appliance's lease holder, read by every instance's status route and the topology list.
CREATE TABLE "drift_checks" (
    "topologyId" TEXT NOT NULL,
    "applianceId" TEXT NOT NULL,
    "checkedAt" TIMESTAMP(3),
    "changes" INTEGER,
    "differences" JSONB NOT NULL DEFAULT '[]',
    "planHash" TEXT,
    "error" TEXT,
    "requestedAt" TIMESTAMP(3),

    CONSTRAINT "drift_checks_pkey" PRIMARY KEY ("topologyId")
);

-- AddForeignKey
ALTER TABLE "drift_checks" ADD CONSTRAINT "drift_checks_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "topologies"("id") ON DELETE CASCADE ON UPDATE CASCADE;
