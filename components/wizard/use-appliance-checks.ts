"use client";

// Compares the draft with the chosen appliance's facts in the browser, at once. The rules are
// fetched only once an appliance is chosen (alongside its facts), not with every step page.
import { useEffect, useMemo, useState } from "react";
import type { TopologyDraft } from "@/lib/topology/schema/document";
import type { ApplianceFacts } from "@/lib/topology/validate/appliance";
import type { ValidationResult } from "@/lib/topology/validate/issues";

type ApplianceChecks = typeof import("@/lib/wizard/appliance-checks");

export function useApplianceChecks(
  own: ValidationResult,
  doc: TopologyDraft,
  applianceId: string | null,
  facts: ApplianceFacts | undefined,
): ValidationResult {
  const [rules, setRules] = useState<ApplianceChecks | null>(null);
  useEffect(() => {
    if (applianceId === null || rules) return;
    void import("@/lib/wizard/appliance-checks").then(setRules);
  }, [applianceId, rules]);
  return useMemo(
    () => (rules && facts ? rules.withApplianceChecks(own, doc, facts) : own),
    [rules, own, doc, facts],
  );
}
