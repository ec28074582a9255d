-- The audit log refuses DELETE and TRUNCATE too, not only UPDATE (…_sharing). Until now a DELETE
-- or a TRUNCATE of "audit_events" passed, so anyone with the app's database role could erase the
-- record of what they did.
--
-- Deleting a user must then not touch audit rows. The actor's foreign key (ON DELETE SET NULL)
-- rewrote every row of a deleted user, an UPDATE the trigger refuses, so deleting any user who
-- ever did anything failed. The key is dropped: a row keeps "actorId" as recorded, plus the
-- actor's name and e-mail captured when the row is written ("actorName", "actorEmail", filled by
-- a trigger from "users", never from the inserting code, so they cannot be forged), and the log
-- still names who did what after the account is gone (lib/members/delete-user-account.ts).
-- The trigger also refuses an "actorId" that is not a user, the check the foreign key made.
--
-- Workspaces: the app never deletes one. The workspace key's ON DELETE CASCADE would now fail
-- inside the delete trigger with a confusing message, so it becomes ON DELETE RESTRICT: deleting
-- a workspace that has audit events is refused, visibly. Removing a workspace's history is a
-- deliberate operator task (export the log, then delete the rows as the table's owner with the
-- triggers disabled), never a side effect.

-- Actor captured at write time. Existing rows are filled in once; the append-only trigger is
-- off for this one statement of the migration only (DDL runs in the migration's transaction).
ALTER TABLE "audit_events" ADD COLUMN "actorName" TEXT, ADD COLUMN "actorEmail" TEXT;

ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_append_only";
UPDATE "audit_events" AS e SET "actorName" = u."name", "actorEmail" = u."email"
  FROM "users" AS u WHERE u."id" = e."actorId";
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_append_only";

ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_actorId_fkey";

CREATE FUNCTION "audit_events_capture_actor"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."actorName" := NULL;
  NEW."actorEmail" := NULL;
  IF NEW."actorId" IS NOT NULL THEN
    SELECT "name", "email" INTO NEW."actorName", NEW."actorEmail"
      FROM "users" WHERE "id" = NEW."actorId";
    IF NOT FOUND THEN
      RAISE EXCEPTION 'audit_events.actorId % is not a user', NEW."actorId"
        USING ERRCODE = 'foreign_key_violation';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "audit_events_capture_actor" BEFORE INSERT ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_capture_actor"();

-- DELETE (every row, whatever the statement) and TRUNCATE (per statement: it fires no row
-- triggers) are refused like UPDATE.
CREATE FUNCTION "audit_events_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER "audit_events_refuse_delete" BEFORE DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_change"();

CREATE TRIGGER "audit_events_refuse_truncate" BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_refuse_change"();

-- A workspace with audit events cannot be deleted (see above).
ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_workspaceId_fkey";
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_workspaceId_fkey"
  FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
