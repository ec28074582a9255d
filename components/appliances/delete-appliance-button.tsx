"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Remove appliance
      </Button>
    );
  }
  return (
    <div className="space-y-3" role="group" aria-label="Confirm removal">
      <p className="text-sm">
        Remove <strong>{name}</strong> from this workspace? Nothing on the appliance itself changes.
      </p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex gap-2">
        <Button
          variant="danger"
          pending={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await remove({ id });
              if (result.ok) {
                router.push("/appliances");
                router.refresh();
              } else setError(result.error);
            })
          }
        >
          Yes, remove
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
