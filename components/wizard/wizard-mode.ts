// What the wizard lets a role do, decided once from the permission table (a pure function, so
// it is unit-tested): the wizard layout hands it to the browser with the topology.
import { can } from "@/lib/auth/permissions";
import { roleLabels, type Role } from "@/lib/auth/roles";

export interface WizardMode {
  /** Without topology:write every input is read-only and nothing is ever saved. */
  readOnly: boolean;
  /** The banner above every step of a read-only wizard; null when the role may edit. */
  readOnlyNotice: string | null;
}

export function wizardMode(role: Role): WizardMode {
  const readOnly = !can(role, "topology:write");
  return {
    readOnly,
    readOnlyNotice: readOnly
      ? `You have read-only access (${roleLabels[role]}): changes are not saved`
      : null,
  };
}
