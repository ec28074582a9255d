"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface RouteErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** What a route's error boundary shows: the server's reference to quote, and a retry. */
export function ErrorPanel({
  error,
  reset,
  title,
  reassurance,
}: RouteErrorProps & { title: string; reassurance: ReactNode }) {
  return (
    <div className="space-y-4">
      <Alert tone="error" title={title}>
        The server ran into a problem{error.digest ? ` (reference ${error.digest})` : ""}.{" "}
        {reassurance}
      </Alert>
      <Button variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
