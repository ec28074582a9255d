import type { ComponentType } from "react";
import { loadApplianceChoices } from "@/lib/appliances/options";
import type { ApplianceOption } from "./appliance-field";

/**
 * Server part of a step that names the chosen appliance (its pickers say where their lists
 * come from): loads the workspace's appliances and hands them to the client form.
 */
export function withAppliances(Form: ComponentType<{ appliances: ApplianceOption[] }>) {
  return async function StepWithAppliances() {
    return <Form appliances={await loadApplianceChoices()} />;
  };
}
