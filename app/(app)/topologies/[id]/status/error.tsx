"use client";

import { ErrorPanel, type RouteErrorProps } from "@/components/ui/error-panel";

export default function StatusError(props: RouteErrorProps) {
  return (
    <ErrorPanel
      {...props}
      title="The live status could not be shown"
      reassurance="An unreachable appliance is not the cause: that is shown on this page as data."
    />
  );
}
