import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AcceptExistingAccountForm } from "@/components/members/accept-existing-account-form";
import { AcceptNewAccountForm } from "@/components/members/accept-new-account-form";
import { Card } from "@/components/ui/card";
import { roleLabels } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import { findInvitationForToken } from "@/lib/members/accept-invitation";
import { acceptWithExistingAccountAction, acceptWithNewAccountAction } from "./actions";

// Reads the database on every request: never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Invitation", robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitationForToken(token);
  if (!invitation) notFound();
  return (
    <Card>
      <h1 className="text-xl font-semibold">Join {invitation.workspaceName}</h1>
      <p className="mt-1 mb-5 text-sm text-slate-600 dark:text-slate-400">
        {invitation.inviterName} invited <strong>{invitation.email}</strong> to this NetScaler HA
        workspace as {roleLabels[invitation.role].toLowerCase()}. The invitation expires on{" "}
        {formatDateTime(invitation.expiresAt)}.
      </p>
      {invitation.hasAccount ? (
        <>
          <p className="mb-4 text-sm">
            An account with this address exists already. Enter its password to add this workspace to
            it.
          </p>
          <AcceptExistingAccountForm
            token={token}
            email={invitation.email}
            accept={acceptWithExistingAccountAction}
          />
        </>
      ) : (
        <AcceptNewAccountForm
          token={token}
          email={invitation.email}
          accept={acceptWithNewAccountAction}
        />
      )}
    </Card>
  );
}
