"use client";

import { ErrorPanel, type RouteErrorProps } from "@/components/ui/error-panel";

export default function AppError(props: RouteErrorProps) {
  return (
    <ErrorPanel
      {...props}
      title="This page could not be loaded"
      reassurance="Nothing you saved is lost."
    />
  );
}
