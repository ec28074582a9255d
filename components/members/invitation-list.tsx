import { Badge } from "@/components/ui/badge";
import { isRole, roleLabels } from "@/lib/auth/roles";
import type { PendingInvitationView } from "@/lib/members/invitations";
import { formatDateTime } from "@/lib/format";
import type { InvitationLinkResult } from "@/lib/members/invite-member";
import { InvitationRowActions, type InvitationAction } from "./invitation-row-actions";

/** Pending invitations: who, as what, from whom, until when, and whether it was emailed. */
export function InvitationList({
  invitations,
  now,
  manage,
}: {
  invitations: PendingInvitationView[];
  now: Date;
  manage: {
    renewLink: InvitationAction<InvitationLinkResult>;
    cancel: InvitationAction<{ email: string }>;
  } | null;
}) {
  return (
    <ul
      aria-label="Pending invitations"
      className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
    >
      {invitations.map((invitation) => {
        const expired = invitation.expiresAt <= now;
        return (
          <li
            key={invitation.id}
            className="flex flex-wrap items-start justify-between gap-3 px-4 py-3"
            data-testid="invitation-row"
          >
            <div className="min-w-0 space-y-1">
              <p className="font-medium break-all">{invitation.email}</p>
              <dl className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                <dt className="sr-only">Role</dt>
                <dd>
                  <Badge>
                    {isRole(invitation.role) ? roleLabels[invitation.role] : invitation.role}
                  </Badge>
                </dd>
                <dt className="sr-only">Invited by</dt>
                <dd>Invited by {invitation.inviterName}</dd>
                <dt className="sr-only">Expires</dt>
                <dd>
                  {expired ? (
                    <Badge tone="warning">Expired</Badge>
                  ) : (
                    <>Expires {formatDateTime(invitation.expiresAt)}</>
                  )}
                </dd>
                <dt className="sr-only">Delivery</dt>
                <dd>
                  {invitation.emailedAt ? (
                    <Badge tone="info">Emailed</Badge>
                  ) : (
                    <Badge>Link only</Badge>
                  )}
                </dd>
              </dl>
            </div>
            {manage ? (
              <InvitationRowActions
                id={invitation.id}
                email={invitation.email}
                renewLink={manage.renewLink}
                cancel={manage.cancel}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
