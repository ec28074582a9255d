"use client";

import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import type { ActionResult } from "@/lib/action-result";

export function DeleteApplianceButton({
  id,
  name,
  remove,
}: {
  id: string;
  name: string;
  remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
}) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      trigger="Remove appliance"
      question={
        <>
          Remove <strong>{name}</strong> from this workspace? Nothing on the appliance itself
          changes.
        </>
      }
      confirmLabel="Yes, remove"
      groupLabel="Confirm removal"
      action={() => remove({ id })}
      onDone={() => {
        router.push("/appliances");
        router.refresh();
      }}
    />
  );
}
