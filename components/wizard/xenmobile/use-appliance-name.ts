"use client";

import type { ApplianceOption } from "../common/appliance-field";
import { useWizard } from "../wizard-context";

/** The chosen appliance's name, or null when none is chosen. */
export function useApplianceName(appliances: ApplianceOption[]): string | null {
  const { appliance } = useWizard();
  return appliances.find((a) => a.id === appliance.id)?.name ?? null;
}
