// lib/nitro normalises state tokens ("OUT OF SERVICE" → out_of_service); the page shows the
// appliance's own words, so map them back to NITRO's spelling.
import type { OperationalState } from "@/lib/nitro";

const TOKENS: Record<OperationalState, string> = {
  up: "UP",
  down: "DOWN",
  partial_up: "PARTIAL-UP",
  partial_down: "PARTIAL-DOWN",
  out_of_service: "OUT OF SERVICE",
  going_out_of_service: "GOING OUT OF SERVICE",
  down_going_out_of_service: "DOWN WHEN GOING OUT OF SERVICE",
  busy: "BUSY",
  disabled: "DISABLED",
  unknown: "UNKNOWN",
};

export function stateToken(state: OperationalState | undefined): string {
  return TOKENS[state ?? "unknown"];
}

/** Shown for a watched object the appliance does not have (deleted, or never applied). */
export const MISSING = "MISSING";
