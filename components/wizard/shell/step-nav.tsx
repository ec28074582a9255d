"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { stepMeta } from "@/lib/wizard/meta";
import { neighbours } from "@/lib/wizard/steps";
import { stepHref, useWizard } from "../wizard-context";

/** Back and Next. Next is allowed with errors: a draft may be finished later. */
export function StepNav() {
  const { kind, topologyId, step, navigate, navigating } = useWizard();
  const [target, setTarget] = useState<string | null>(null);
  if (!step) return null;
  const { previous, next } = neighbours(kind, step);
  const go = (href: string) => {
    setTarget(href);
    void navigate(href);
  };
  const nextHref = next ? stepHref(topologyId, next) : `/topologies/${topologyId}`;
  const backHref = previous ? stepHref(topologyId, previous) : null;
  return (
    <div className="mt-8 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-5 dark:border-slate-800">
      {backHref ? (
        <Button
          variant="secondary"
          pending={navigating && target === backHref}
          disabled={navigating}
          onClick={() => go(backHref)}
        >
          Back
        </Button>
      ) : (
        <span />
      )}
      <Button
        pending={navigating && target === nextHref}
        disabled={navigating}
        onClick={() => go(nextHref)}
      >
        {next ? `Next: ${stepMeta(kind, next)?.label ?? next}` : "Finish: back to the topology"}
      </Button>
    </div>
  );
}
