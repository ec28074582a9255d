"use client";

import { useRouter } from "next/navigation";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import type { AlertsAction } from "./types";

/** Remove a rule or channel, or end a silence, after asking. */
export function AlertsDeleteButton({
  id,
  label,
  name,
  question,
  action,
}: {
  id: string;
  label: string;
  name: string;
  question: string;
  action: AlertsAction<{ id: string }>;
}) {
  const router = useRouter();
  return (
    <ConfirmActionButton
      trigger={
        <>
          {label}
          <span className="sr-only"> {name}</span>
        </>
      }
      triggerVariant="ghost"
      question={question}
      confirmLabel={label}
      groupLabel={`${label} ${name}`}
      placement="row"
      action={() => action({ id })}
      onDone={() => router.refresh()}
    />
  );
}
