"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import type { AlertsAction, TestOutcome } from "./types";

const words: Record<TestOutcome["status"], string> = {
  queued: "Queued; the outcome appears in the delivery log.",
  retrying: "The first attempt failed; retrying with backoff.",
  sent: "Sent.",
  failed: "Failed.",
  silenced: "Silenced.",
};

/** Sends a test message through the delivery queue and says what happened. */
export function TestChannelButton({
  channelId,
  channelName,
  test,
}: {
  channelId: string;
  channelName: string;
  test: AlertsAction<TestOutcome>;
}) {
  const [result, setResult] = useState<ActionResult<TestOutcome> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-1">
      <Button
        variant="secondary"
        pending={pending}
        onClick={() => startTransition(async () => setResult(await test({ id: channelId })))}
      >
        Send test<span className="sr-only"> to {channelName}</span>
      </Button>
      <p role="status" className="text-sm" data-testid="test-outcome">
        {result
          ? result.ok
            ? `${words[result.data.status]}${result.data.httpStatus ? ` HTTP ${result.data.httpStatus}.` : ""}${result.data.error ? ` ${result.data.error}` : ""}`
            : result.error
          : null}
      </p>
    </div>
  );
}
