import type { Metadata } from "next";
import { InvitationList } from "@/components/members/invitation-list";
import { InviteForm } from "@/components/members/invite-form";
import { MemberList } from "@/components/members/member-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requireAppSession } from "@/lib/auth/session";
import { listPendingInvitations } from "@/lib/members/invitations";
import { listMembers } from "@/lib/members/store";
import { getSmtpSettings } from "@/lib/mail/smtp-settings";
import {
  cancelInvitationAction,
  changeMemberRoleAction,
  inviteMemberAction,
  issueResetLinkAction,
  removeMemberAction,
  renewInvitationLinkAction,
} from "./actions";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const session = await requireAppSession();
  const canManage = can(session.role, "members:manage");
  const [members, invitations] = await Promise.all([
    listMembers(session.workspaceId),
    listPendingInvitations(session.workspaceId),
  ]);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="Members"
        description={
          canManage
            ? `Who works in ${session.workspaceName}, and what each person may do. Owners manage members; editors change and apply topologies; viewers only look.`
            : `Who works in ${session.workspaceName}. Only owners can invite people or change roles.`
        }
      />
      <section aria-labelledby="members-title" className="space-y-3">
        <h2 id="members-title" className="text-base font-semibold">
          Members ({members.length})
        </h2>
        <MemberList
          members={members}
          currentUserId={session.userId}
          manage={
            canManage
              ? {
                  changeRole: changeMemberRoleAction,
                  remove: removeMemberAction,
                  issueResetLink: issueResetLinkAction,
                }
              : null
          }
        />
      </section>
      <section aria-labelledby="invitations-title" className="mt-8 space-y-3">
        <h2 id="invitations-title" className="text-base font-semibold">
          Pending invitations ({invitations.length})
        </h2>
        {invitations.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No invitations are waiting.</p>
        ) : (
          <InvitationList
            invitations={invitations}
            now={now}
            manage={
              canManage
                ? { renewLink: renewInvitationLinkAction, cancel: cancelInvitationAction }
                : null
            }
          />
        )}
      </section>
      {canManage ? (
        <Card className="mt-8">
          <InviteForm invite={inviteMemberAction} mailConfigured={getSmtpSettings() !== null} />
        </Card>
      ) : null}
    </>
  );
}
