-- Invitations by link: a hashed token, acceptance, and the optional email.
ALTER TABLE "invitations" ADD COLUMN "tokenHash" TEXT,
    ADD COLUMN "emailedAt" TIMESTAMP(3),
    ADD COLUMN "acceptedAt" TIMESTAMP(3),
    ADD COLUMN "acceptedById" TEXT;

CREATE UNIQUE INDEX "invitations_tokenHash_key" ON "invitations"("tokenHash");

ALTER TABLE "invitations" ADD CONSTRAINT "invitations_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An owner is never invited: ownership is the first account's and is not handed out by link.
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_role_check" CHECK ("role" IS NULL OR "role" IN ('editor', 'viewer'));
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_status_check" CHECK ("status" IN ('pending', 'accepted', 'canceled'));

-- CreateTable
CREATE TABLE "share_links" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "topologyId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "showAddresses" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "share_links_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "share_links_tokenHash_key" ON "share_links"("tokenHash");
CREATE INDEX "share_links_topologyId_idx" ON "share_links"("topologyId");

ALTER TABLE "share_links" ADD CONSTRAINT "share_links_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_topologyId_fkey" FOREIGN KEY ("topologyId") REFERENCES "topologies"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The audit log's filters: by topology (or any other target).
CREATE INDEX "audit_events_workspaceId_targetId_idx" ON "audit_events"("workspaceId", "targetId");

-- The audit log is append-only in the database too, not only in the code: an UPDATE is refused
-- outright. (Deleting rows happens only by cascade when a whole workspace is deleted.)
CREATE FUNCTION "audit_events_refuse_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;

CREATE TRIGGER "audit_events_append_only" BEFORE UPDATE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION "audit_events_refuse_update"();
