"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ActionResult } from "@/lib/action-result";
import type { InvitationLinkResult } from "@/lib/members/invite-member";
import { OneTimeLink } from "./one-time-link";

export type InvitationAction<T> = (input: { id: string }) => Promise<ActionResult<T>>;

/** "New link" (shows the new link once, here) and "Cancel invitation" for one pending invitation. */
export function InvitationRowActions({
  id,
  email,
  renewLink,
  cancel,
}: {
  id: string;
  email: string;
  renewLink: InvitationAction<InvitationLinkResult>;
  cancel: InvitationAction<{ email: string }>;
}) {
  const router = useRouter();
  const [renewed, setRenewed] = useState<InvitationLinkResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState<"renew" | "cancel" | null>(null);
  const run = <T,>(
    which: "renew" | "cancel",
    action: InvitationAction<T>,
    onSuccess: (data: T) => void,
  ) => {
    setBusy(which);
    setError(null);
    startTransition(async () => {
      const result = await action({ id });
      if (result.ok) onSuccess(result.data);
      else setError(result.error);
      router.refresh();
    });
  };
  const forEmail = <span className="sr-only"> for {email}</span>;
  return (
    <div className={cn("flex flex-col items-end gap-2", renewed ? "w-full" : undefined)}>
      <div className="flex gap-2">
        <Button
          variant="ghost"
          pending={pending && busy === "renew"}
          disabled={pending}
          onClick={() => run("renew", renewLink, setRenewed)}
        >
          New link{forEmail}
        </Button>
        <Button
          variant="ghost"
          pending={pending && busy === "cancel"}
          disabled={pending}
          onClick={() => run("cancel", cancel, () => setRenewed(null))}
        >
          Cancel invitation{forEmail}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
      {renewed ? (
        <div className="w-full text-left">
          <OneTimeLink
            key={renewed.link}
            email={renewed.email}
            link={renewed.link}
            expiresAt={renewed.expiresAt}
            emailOutcome={renewed.emailOutcome}
            renewed
          />
        </div>
      ) : null}
    </div>
  );
}
