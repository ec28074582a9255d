"use client";

import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
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
  return (
    <ConfirmActionButton
      trigger={
        <>
          {isSelf ? "Leave" : "Remove"}
          <span className="sr-only"> {memberName}</span>
        </>
      }
      triggerVariant="ghost"
      question={
        isSelf ? (
          "Leave this workspace? You lose access to it at once."
        ) : (
          <>
            Remove <strong>{memberName}</strong>? They lose access at once; their account stays.
          </>
        )
      }
      confirmLabel={isSelf ? "Yes, leave" : "Yes, remove"}
      groupLabel="Confirm removal"
      placement="row"
      action={() => remove({ membershipId })}
      onDone={(data) => {
        // Whoever leaves loses this page too: go where their remaining access starts.
        if (data.self) router.push("/topologies");
        router.refresh();
      }}
    />
  );
}
