"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; print CSS leaves only the runbook on the paper. */
export function PrintButton() {
  return (
    <Button type="button" variant="primary" onClick={() => window.print()}>
      Print
    </Button>
  );
}
