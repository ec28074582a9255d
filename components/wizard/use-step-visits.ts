"use client";

// Which steps count as visited (stepper) and which show all their messages: a step seen on an
// earlier visit, or left during this one. Opening a step is recorded so /wizard resumes there.
import { useEffect, useState } from "react";
import { recordWizardVisitAction } from "@/app/(app)/topologies/[id]/wizard/visit-action";
import type { StepId } from "@/lib/topology/schema/steps";
import { rememberedVersion, rememberVersion } from "./version-memory";
import type { WizardInitial } from "./wizard-context";

export function useStepVisits(initial: WizardInitial, step: StepId | null) {
  const { topologyId } = initial;
  const { readOnly } = initial.mode;
  const [visited, setVisited] = useState<ReadonlySet<string>>(
    () => new Set([...initial.visited, ...(step ? [step] : [])]),
  );
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(() => new Set(initial.visited));
  const [shown, setShown] = useState(step);
  if (shown !== step) {
    // Derived during render (React's pattern for reacting to a changed value).
    setShown(step);
    if (shown) setRevealed((current) => new Set(current).add(shown));
    if (step) setVisited((current) => new Set(current).add(step));
  }

  useEffect(() => {
    // A read-only visit is not recorded: it would be a write the role may not make.
    if (step && !readOnly) void recordWizardVisitAction({ topologyId, step }).catch(() => null);
  }, [readOnly, step, topologyId]);

  useEffect(() => {
    // Restored from the router cache (browser Back) with an older version than this tab
    // saved: load afresh rather than report a conflict with the admin's own save. The stored
    // version is lowered first, so this can never loop.
    if (rememberedVersion(topologyId) > initial.version) {
      rememberVersion(topologyId, initial.version);
      window.location.reload();
    }
  }, [initial.version, topologyId]);

  return { visited, revealed };
}
