import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ApplianceAccessForm } from "@/components/settings/appliance-access-form";
import { SecondFactorPanel } from "@/components/account/second-factor-panel";
import { RenameWorkspaceForm } from "@/components/settings/rename-workspace-form";
import { SecondFactorRequirementForm } from "@/components/settings/second-factor-requirement-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { editorsManageAppliances } from "@/lib/auth/appliance-grant";
import { can } from "@/lib/auth/permissions";
import { roleLabels } from "@/lib/auth/roles";
import { requireAppSession } from "@/lib/auth/session";
import { hasSecondFactor } from "@/lib/auth/two-factor";
import { isSecondFactorRequired } from "@/lib/members/second-factor-requirement";
import {
  changePasswordAction,
  confirmTotpEnrolmentAction,
  disableTotpAction,
  startTotpEnrolmentAction,
} from "./account-actions";
import { setApplianceAccessAction } from "./appliance-access-action";
import { renameWorkspaceAction, setSecondFactorRequiredAction } from "./workspace-actions";

export const metadata: Metadata = { title: "Account" };

export default async function SettingsPage() {
  const session = await requireAppSession();
  const [secondFactorOn, secondFactorRequired] = await Promise.all([
    hasSecondFactor(session.userId),
    isSecondFactorRequired(session.workspaceId),
  ]);
  return (
    <>
      <PageHeader
        title="Account"
        description="Your account and the workspace you are working in."
      />
      <Card>
        <dl className="grid gap-4 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Name</dt>
            <dd>{session.userName}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Email</dt>
            <dd>{session.email}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Workspace</dt>
            <dd>{session.workspaceName}</dd>
          </div>
          <div>
            <dt className="text-slate-600 dark:text-slate-400">Your role</dt>
            <dd>{roleLabels[session.role]}</dd>
          </div>
        </dl>
      </Card>
      <Card className="mt-8">
        <ChangePasswordForm change={changePasswordAction} />
      </Card>
      <Card className="mt-8">
        <SecondFactorPanel
          enabled={secondFactorOn}
          required={secondFactorRequired}
          actions={{
            start: startTotpEnrolmentAction,
            confirm: confirmTotpEnrolmentAction,
            disable: disableTotpAction,
          }}
        />
      </Card>
      {can(session.role, "workspace:security") ? (
        <Card className="mt-8">
          <SecondFactorRequirementForm
            required={secondFactorRequired}
            save={setSecondFactorRequiredAction}
          />
        </Card>
      ) : null}
      {can(session.role, "workspace:appliance-access") ? (
        <Card className="mt-8">
          <ApplianceAccessForm
            editorsAllowed={await editorsManageAppliances(session.workspaceId)}
            save={setApplianceAccessAction}
          />
        </Card>
      ) : null}
      {can(session.role, "workspace:rename") ? (
        <Card className="mt-8">
          {/* Keyed by workspace: after a switch, the field starts from the other one's name. */}
          <RenameWorkspaceForm
            key={session.workspaceId}
            name={session.workspaceName}
            rename={renameWorkspaceAction}
          />
        </Card>
      ) : null}
    </>
  );
}
