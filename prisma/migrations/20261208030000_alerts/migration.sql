-- Alerts (lib/alerts): rules, channels, silences, per-object alert state, delivery log.

CREATE TABLE "alert_rules" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "threshold" INTEGER,
    "holdSeconds" INTEGER NOT NULL DEFAULT 0,
    "topologyId" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alert_rules_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "alert_rules_kind_check" CHECK ("kind" IN ('vserver_down', 'member_down', 'health_below', 'appliance_unreachable', 'config_unsaved', 'drift', 'ha_sync_failure', 'certificate_expiring')),
    CONSTRAINT "alert_rules_hold_check" CHECK ("holdSeconds" >= 0)
);
CREATE INDEX "alert_rules_workspaceId_idx" ON "alert_rules"("workspaceId");
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "topologies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "alert_channels" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "urlEncrypted" TEXT,
    "hmacKeyEncrypted" TEXT,
    "emailTo" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alert_channels_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "alert_channels_kind_check" CHECK ("kind" IN ('webhook', 'slack', 'teams', 'email'))
);
CREATE UNIQUE INDEX "alert_channels_workspaceId_name_key" ON "alert_channels"("workspaceId", "name");
ALTER TABLE "alert_channels" ADD CONSTRAINT "alert_channels_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "alert_rule_channels" (
    "ruleId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,

    CONSTRAINT "alert_rule_channels_pkey" PRIMARY KEY ("ruleId", "channelId")
);
CREATE INDEX "alert_rule_channels_channelId_idx" ON "alert_rule_channels"("channelId");
ALTER TABLE "alert_rule_channels" ADD CONSTRAINT "alert_rule_channels_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "alert_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert_rule_channels" ADD CONSTRAINT "alert_rule_channels_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "alert_channels"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "alert_silences" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "topologyId" TEXT,
    "ruleId" TEXT,
    "objectKey" TEXT,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_silences_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "alert_silences_workspaceId_endsAt_idx" ON "alert_silences"("workspaceId", "endsAt");
ALTER TABLE "alert_silences" ADD CONSTRAINT "alert_silences_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert_silences" ADD CONSTRAINT "alert_silences_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "topologies"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert_silences" ADD CONSTRAINT "alert_silences_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "alert_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert_silences" ADD CONSTRAINT "alert_silences_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "alert_states" (
    "id" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "topologyId" TEXT NOT NULL,
    "objectKey" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "pendingSince" TIMESTAMP(3),
    "firingSince" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "flapChanges" INTEGER NOT NULL DEFAULT 0,
    "flapWindowAt" TIMESTAMP(3),
    "flapping" BOOLEAN NOT NULL DEFAULT false,
    "detail" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alert_states_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "alert_states_status_check" CHECK ("status" IN ('pending', 'firing', 'resolved'))
);
CREATE UNIQUE INDEX "alert_states_ruleId_topologyId_objectKey_key" ON "alert_states"("ruleId", "topologyId", "objectKey");
CREATE INDEX "alert_states_workspaceId_status_idx" ON "alert_states"("workspaceId", "status");
ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "alert_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert_states" ADD CONSTRAINT "alert_states_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "topologies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "alert_deliveries" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "channelId" TEXT,
    "channelName" TEXT NOT NULL,
    "stateId" TEXT,
    "event" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "notice" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "httpStatus" INTEGER,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alert_deliveries_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "alert_deliveries_event_check" CHECK ("event" IN ('firing', 'resolved', 'flapping', 'test')),
    CONSTRAINT "alert_deliveries_status_check" CHECK ("status" IN ('queued', 'retrying', 'sent', 'failed', 'silenced'))
);
CREATE INDEX "alert_deliveries_workspaceId_createdAt_idx" ON "alert_deliveries"("workspaceId", "createdAt");
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "alert_channels"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "alert_delivery_attempts" (
    "id" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "error" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_delivery_attempts_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "alert_delivery_attempts_deliveryId_idx" ON "alert_delivery_attempts"("deliveryId");
ALTER TABLE "alert_delivery_attempts" ADD CONSTRAINT "alert_delivery_attempts_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "alert_deliveries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "alert_evaluator_lease" (
    "id" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alert_evaluator_lease_pkey" PRIMARY KEY ("id")
);
