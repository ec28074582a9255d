-- After a successful apply the run watches its vservers settle and records the verification:
-- every vserver UP with all members, or which are not and the monitor's last response.
ALTER TABLE "apply_runs" ADD COLUMN "verification" JSONB;
