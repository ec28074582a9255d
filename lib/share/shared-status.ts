// The live status as a shared view sends it: the signed-in route's shape, masked, and with the
// drift badge pointing at the plan on the shared page instead of the (signed-in) review page.
import type { TopologyStatus } from "@/lib/status/types";
import type { Redactor } from "./redact";

/** The shared page's plan section (components/share/shared-plan.tsx). */
export const SHARED_PLAN_ANCHOR = "#plan";

/** The status with its links pointing inside the shared page (not masked yet). */
export function withSharedLinks(status: TopologyStatus): TopologyStatus {
  return {
    ...status,
    drift: status.drift ? { ...status.drift, planUrl: SHARED_PLAN_ANCHOR } : null,
  };
}

export function sharedStatus(status: TopologyStatus, redactor: Redactor): TopologyStatus {
  return redactor.value(withSharedLinks(status));
}
