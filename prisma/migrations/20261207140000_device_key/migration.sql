-- One NetScaler = one device, however many appliance rows (workspaces, the CLI) point at it.
-- The device key is the normalised management host (lower case, IPv6 compressed in brackets),
-- the port (the scheme's default made explicit) and the partition ("default" when none). The
-- apply lock and the ownership records are keyed on it, so two rows for one box can neither
-- apply at the same time nor take each other's objects for unowned ones.

-- The one definition of the key (tests/integration/apply-device-key.test.ts tables it).
CREATE FUNCTION netscaler_device_key(base_url TEXT, part TEXT) RETURNS TEXT
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  url TEXT := lower(btrim(base_url));
  m TEXT[];
  scheme TEXT;
  host TEXT;
  port TEXT;
  part_key TEXT := coalesce(nullif(btrim(part), ''), 'default');
BEGIN
  m := regexp_match(url, '^([a-z][a-z0-9+.-]*)://(?:[^@/?#]*@)?(\[[^]/?#]*\]|[^:/?#]*)(?::([0-9]*))?');
  IF m IS NULL OR m[2] = '' THEN
    RETURN 'unparsed:' || url || '|' || part_key;
  END IF;
  scheme := m[1];
  host := m[2];
  port := nullif(m[3], '');
  IF left(host, 1) = '[' THEN
    BEGIN
      host := '[' || host(substr(host, 2, length(host) - 2)::inet) || ']';
    EXCEPTION WHEN others THEN
      NULL; -- not an IPv6 literal: keep it as written (lower case)
    END;
  ELSE
    host := rtrim(host, '.'); -- "adc.example.com." is the same name
  END IF;
  IF port IS NULL THEN
    port := CASE scheme WHEN 'http' THEN '80' ELSE '443' END;
  ELSE
    port := ltrim(port, '0');
    IF port = '' THEN port := '0'; END IF;
  END IF;
  RETURN host || ':' || port || '|' || part_key;
END $$;

-- Kept in sync on every insert and update by the database itself (UI, CLI, demo rows alike);
-- existing rows are computed as the column is added.
ALTER TABLE "appliances"
  ADD COLUMN "deviceKey" TEXT NOT NULL GENERATED ALWAYS AS (netscaler_device_key("baseUrl", "partition")) STORED;
CREATE INDEX "appliances_deviceKey_idx" ON "appliances"("deviceKey");

-- A run and an ownership record take their appliance's device key when written (a run also
-- when it is reopened to roll back): the run's lock and the objects stay with the box they
-- were applied to, even if the appliance row is edited afterwards.
CREATE FUNCTION apply_run_device_key() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."applianceId" IS DISTINCT FROM OLD."applianceId"
     OR (NEW."status" = 'RUNNING' AND OLD."status" <> 'RUNNING') THEN
    NEW."deviceKey" := (SELECT a."deviceKey" FROM "appliances" a WHERE a."id" = NEW."applianceId");
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION applied_object_device_key() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."applianceId" IS DISTINCT FROM OLD."applianceId" THEN
    NEW."deviceKey" := (SELECT a."deviceKey" FROM "appliances" a WHERE a."id" = NEW."applianceId");
  END IF;
  RETURN NEW;
END $$;

ALTER TABLE "apply_runs" ADD COLUMN "deviceKey" TEXT;
UPDATE "apply_runs" r SET "deviceKey" = a."deviceKey" FROM "appliances" a WHERE a."id" = r."applianceId";
-- Two rows for one box may each hold a RUNNING run today: keep the newest, the others stop.
UPDATE "apply_runs" r SET "status" = 'INTERRUPTED',
  "error" = 'Another apply to the same NetScaler was running (one device, several appliance rows).'
  WHERE r."status" = 'RUNNING' AND EXISTS (
    SELECT 1 FROM "apply_runs" o WHERE o."status" = 'RUNNING' AND o."deviceKey" = r."deviceKey"
      AND (o."heartbeatAt", o."id") > (r."heartbeatAt", r."id"));
ALTER TABLE "apply_runs" ALTER COLUMN "deviceKey" SET NOT NULL;
CREATE TRIGGER "apply_runs_device_key" BEFORE INSERT OR UPDATE ON "apply_runs"
  FOR EACH ROW EXECUTE FUNCTION apply_run_device_key();

-- The apply lock: at most one RUNNING run per device (was: per appliance row).
DROP INDEX "apply_runs_one_running_per_appliance";
CREATE UNIQUE INDEX "apply_runs_one_running_per_device" ON "apply_runs"("deviceKey") WHERE "status" = 'RUNNING';
CREATE INDEX "apply_runs_deviceKey_status_idx" ON "apply_runs"("deviceKey", "status");

ALTER TABLE "applied_objects" ADD COLUMN "deviceKey" TEXT;
UPDATE "applied_objects" o SET "deviceKey" = a."deviceKey" FROM "appliances" a WHERE a."id" = o."applianceId";
-- A topology that moved between two rows for one box has one record per object from now on.
DELETE FROM "applied_objects" o WHERE EXISTS (
  SELECT 1 FROM "applied_objects" n WHERE n."topologyId" = o."topologyId"
    AND n."deviceKey" = o."deviceKey" AND n."identityKey" = o."identityKey"
    AND (n."updatedAt", n."id") > (o."updatedAt", o."id"));
ALTER TABLE "applied_objects" ALTER COLUMN "deviceKey" SET NOT NULL;
CREATE TRIGGER "applied_objects_device_key" BEFORE INSERT OR UPDATE ON "applied_objects"
  FOR EACH ROW EXECUTE FUNCTION applied_object_device_key();

DROP INDEX "applied_objects_topologyId_applianceId_identityKey_key";
CREATE UNIQUE INDEX "applied_objects_topologyId_deviceKey_identityKey_key" ON "applied_objects"("topologyId", "deviceKey", "identityKey");
DROP INDEX "applied_objects_applianceId_identityKey_idx";
CREATE INDEX "applied_objects_deviceKey_identityKey_idx" ON "applied_objects"("deviceKey", "identityKey");
