"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useWizard } from "../wizard-context";

// Only a conflict shows the comparison, and only on request: the document diff it needs is
// fetched then, not with every step page.
const CompareView = dynamic(() => import("./compare-view").then((m) => m.CompareView), {
  loading: () => (
    <p className="text-sm text-slate-600 dark:text-slate-400">Loading the comparison…</p>
  ),
});

/**
 * Someone saved this topology after this page loaded. Nothing of theirs was overwritten and
 * nothing typed here is cleared: the admin reloads (taking their version) after comparing.
 */
export function ConflictAlert() {
  const { save, step } = useWizard();
  const [comparing, setComparing] = useState(false);
  const [reloading, setReloading] = useState(false);
  if (save.state.kind !== "conflict") return null;
  return (
    <div className="mb-6 space-y-3">
      <Alert tone="error" title="Changed by someone else: reload or compare">
        <p>
          Someone saved this topology after you opened it. Your latest changes were not saved, so
          nothing of theirs was overwritten. Compare to see both versions of this step, then reload
          to continue from theirs and enter again what you still need.
        </p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button
            pending={reloading}
            onClick={() => {
              setReloading(true);
              window.location.reload();
            }}
          >
            Reload
          </Button>
          {step ? (
            <Button
              variant="secondary"
              aria-expanded={comparing}
              onClick={() => setComparing((open) => !open)}
            >
              {comparing ? "Hide comparison" : "Compare"}
            </Button>
          ) : null}
        </div>
      </Alert>
      {comparing && step ? <CompareView step={step} /> : null}
    </div>
  );
}
