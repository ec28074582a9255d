"use client";

import { ErrorPanel, type RouteErrorProps } from "@/components/ui/error-panel";

export default function StepError(props: RouteErrorProps) {
  return (
    <ErrorPanel
      {...props}
      title="This step could not be loaded"
      reassurance="What you entered on other steps is saved."
    />
  );
}
