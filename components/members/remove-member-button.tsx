"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

export type RemoveMember = (input: {
  membershipId: string;
}) => Promise<ActionResult<{ userId: string; self: boolean }>>;

export function RemoveMemberButton({
  membershipId,
  memberName,
  isSelf,
  remove,
}: {
  membershipId: string;
  memberName: string;
  isSelf: boolean;
  remove: RemoveMember;
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant="ghost" onClick={() => setConfirming(true)}>
        {isSelf ? "Leave" : "Remove"}
        <span className="sr-only"> {memberName}</span>
      </Button>
    );
  }
  const confirm = () =>
    startTransition(async () => {
      const result = await remove({ membershipId });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      // Whoever leaves loses this page too: go where their remaining access starts.
      if (result.data.self) router.push("/topologies");
      router.refresh();
    });
  return (
    <div className="flex flex-col items-end gap-2" role="group" aria-label="Confirm removal">
      <p className="text-sm">
        {isSelf ? (
          "Leave this workspace? You lose access to it at once."
        ) : (
          <>
            Remove <strong>{memberName}</strong>? They lose access at once; their account stays.
          </>
        )}
      </p>
      {error ? (
        <p role="alert" className="max-w-xs text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button variant="danger" pending={pending} onClick={confirm}>
          {isSelf ? "Yes, leave" : "Yes, remove"}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setConfirming(false);
            setError(null);
          }}
        >
          Cancel
        </Button>
      </div>
    </div>
  );
}
