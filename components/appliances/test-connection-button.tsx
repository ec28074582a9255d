"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/action-result";
import type { ConnectionTestResult } from "@/lib/nitro";
import { ConnectionTestResultView } from "@/components/appliances/connection-test-result";

export function TestConnectionButton({
  applianceId,
  test,
}: {
  applianceId: string;
  test: (input: { id: string }) => Promise<ActionResult<ConnectionTestResult>>;
}) {
  const [result, setResult] = useState<ActionResult<ConnectionTestResult> | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      <Button
        variant="secondary"
        pending={pending}
        onClick={() => startTransition(async () => setResult(await test({ id: applianceId })))}
      >
        Test connection
      </Button>
      <div aria-live="polite">
        {result?.ok ? <ConnectionTestResultView result={result.data} /> : null}
        {result && !result.ok ? <Alert tone="error">{result.error}</Alert> : null}
      </div>
    </div>
  );
}
