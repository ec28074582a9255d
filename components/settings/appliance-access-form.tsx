import { WorkspaceSwitchForm } from "@/components/settings/workspace-switch-form";
import type { ActionResult } from "@/lib/action-result";

/** Owner only: whether editors may add, change, test and remove appliances. */
export function ApplianceAccessForm({
  editorsAllowed,
  save,
}: {
  editorsAllowed: boolean;
  save: (input: FormData) => Promise<ActionResult<{ changed: boolean }>>;
}) {
  return (
    <WorkspaceSwitchForm
      title="Appliance credentials"
      ariaLabel="Appliance credentials"
      name="editors"
      isOn={editorsAllowed}
      whenOn={{
        description:
          "Owners and editors may add, change, test and remove appliances, which hold NetScaler administrator passwords.",
        flipLabel: "Reserve to owners",
      }}
      whenOff={{
        description:
          "Only owners may add, change, test and remove appliances, which hold NetScaler administrator passwords. Editors still plan and apply with the appliances owners set up.",
        flipLabel: "Let editors manage appliances",
      }}
      save={save}
    />
  );
}
