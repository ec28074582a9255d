"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function StatusError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="space-y-4">
      <Alert tone="error" title="The live status could not be shown">
        The server ran into a problem{error.digest ? ` (reference ${error.digest})` : ""}. An
        unreachable appliance is not the cause: that is shown on this page as data.
      </Alert>
      <Button variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
