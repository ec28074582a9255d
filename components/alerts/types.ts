// The server actions the Alerts page hands to its client components.
import type { ActionResult } from "@/lib/action-result";
import type { DeliveryStatus } from "@/lib/alerts/kinds";

export type AlertsAction<T> = (input: unknown) => Promise<ActionResult<T>>;

export interface TestOutcome {
  status: DeliveryStatus;
  httpStatus: number | null;
  error: string | null;
}
