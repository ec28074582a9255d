import { Badge } from "@/components/ui/badge";
import { isRole, roleLabels } from "@/lib/auth/roles";
import type { MemberView } from "@/lib/members/store";
import { formatDateTime } from "@/lib/format";
import { MemberRoleControl, type ChangeRole } from "./member-role-control";
import { RemoveMemberButton, type RemoveMember } from "./remove-member-button";
import { ResetLinkButton, type IssueResetLink } from "./reset-link-button";

/** The workspace's members; owners get the role and removal controls, everyone else reads. */
export function MemberList({
  members,
  currentUserId,
  manage,
}: {
  members: MemberView[];
  currentUserId: string;
  manage: { changeRole: ChangeRole; remove: RemoveMember; issueResetLink?: IssueResetLink } | null;
}) {
  return (
    <ul
      aria-label="Members"
      className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
    >
      {members.map((member) => {
        const isSelf = member.userId === currentUserId;
        const role = isRole(member.role) ? member.role : null;
        return (
          <li
            key={member.membershipId}
            className="flex flex-wrap items-start justify-between gap-3 px-4 py-3"
            data-testid="member-row"
          >
            <div className="min-w-0 space-y-1">
              <p className="font-medium">
                {member.name}
                {isSelf ? <span className="ml-2 text-xs text-slate-500">(you)</span> : null}
              </p>
              <dl className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                <dt className="sr-only">Email</dt>
                <dd className="break-all">{member.email}</dd>
                <dt className="sr-only">Joined</dt>
                <dd>Joined {formatDateTime(member.joinedAt)}</dd>
                {manage ? null : (
                  <>
                    <dt className="sr-only">Role</dt>
                    <dd>
                      <Badge>{role ? roleLabels[role] : member.role}</Badge>
                    </dd>
                  </>
                )}
              </dl>
            </div>
            {manage && role ? (
              <div className="flex flex-wrap items-start gap-2">
                <MemberRoleControl
                  // A role changed elsewhere resets the control to what is stored.
                  key={role}
                  membershipId={member.membershipId}
                  memberName={member.name}
                  role={role}
                  changeRole={manage.changeRole}
                />
                <RemoveMemberButton
                  membershipId={member.membershipId}
                  memberName={member.name}
                  isSelf={isSelf}
                  remove={manage.remove}
                />
                {/* Owners reset only editors and viewers (lib/auth/reset-links.ts says why). */}
                {manage.issueResetLink && !isSelf && role !== "owner" ? (
                  <ResetLinkButton
                    membershipId={member.membershipId}
                    memberName={member.name}
                    issue={manage.issueResetLink}
                  />
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
