"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyLinkField } from "@/components/ui/copy-link-field";
import type { ActionResult } from "@/lib/action-result";
import { formatDateTime } from "@/lib/format";

export type IssueResetLink = (input: {
  membershipId: string;
}) => Promise<ActionResult<{ email: string; link: string; expiresAt: Date }>>;

/**
 * Makes a one-time password reset link for a member and shows it once: only its hash is
 * stored, so this is the owner's one chance to copy it.
 */
export function ResetLinkButton({
  membershipId,
  memberName,
  issue,
}: {
  membershipId: string;
  memberName: string;
  issue: IssueResetLink;
}) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<Awaited<ReturnType<IssueResetLink>> | null>(null);
  return (
    <div className="w-full space-y-2 sm:w-auto">
      <Button
        type="button"
        variant="ghost"
        pending={pending}
        onClick={() => startTransition(async () => setResult(await issue({ membershipId })))}
      >
        Password reset link<span className="sr-only"> for {memberName}</span>
      </Button>
      {result && !result.ok ? <Alert tone="error">{result.error}</Alert> : null}
      {result?.ok ? (
        <div className="space-y-2" data-testid="reset-link">
          <Alert tone="success" title={`Reset link for ${result.data.email}`}>
            It works once and expires on {formatDateTime(result.data.expiresAt)}. It is shown only
            now; send it to {memberName} yourself.
          </Alert>
          <CopyLinkField link={result.data.link} label="Password reset link" />
        </div>
      ) : null}
    </div>
  );
}
