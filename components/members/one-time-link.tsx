"use client";

import { Alert } from "@/components/ui/alert";
import type { EmailOutcome } from "@/lib/members/invite-member";
import { formatDateTime } from "@/lib/format";
import { CopyLinkField } from "@/components/ui/copy-link-field";

/**
 * The invitation link, shown once: only its hash is stored, so this is the owner's one chance
 * to copy it. Says whether the email went out, and why not when it failed.
 */
export function OneTimeLink({
  email,
  link,
  expiresAt,
  emailOutcome,
  renewed = false,
}: {
  email: string;
  link: string;
  expiresAt: Date;
  emailOutcome: EmailOutcome;
  renewed?: boolean;
}) {
  return (
    <div className="space-y-3" data-testid="one-time-link">
      <Alert tone="success" title={renewed ? `New link for ${email}` : `Invitation for ${email}`}>
        {emailOutcome.status === "sent" ? <p>The link was emailed to {email}.</p> : null}
        {emailOutcome.status === "off" ? (
          <p>
            {renewed ? "The previous link no longer works. " : null}
            Send this link to {email} yourself.
          </p>
        ) : null}
        <p>
          It works once and expires on {formatDateTime(expiresAt)}. It is shown only now: if it gets
          lost, make a new link.
        </p>
      </Alert>
      {emailOutcome.status === "failed" ? (
        <Alert tone="warning">
          The email could not be sent: {emailOutcome.reason}. Send the link yourself.
        </Alert>
      ) : null}
      <CopyLinkField link={link} label="Invitation link" />
    </div>
  );
}
