-- Managing appliance credentials is for owners unless the workspace lets editors do it too.
ALTER TABLE "workspaces" ADD COLUMN "editorsManageAppliances" BOOLEAN NOT NULL DEFAULT false;
