import { WorkspaceSwitchForm } from "@/components/settings/workspace-switch-form";
import type { ActionResult } from "@/lib/action-result";

/** Owner only: whether every member must have a second factor to use this workspace. */
export function SecondFactorRequirementForm({
  required,
  save,
}: {
  required: boolean;
  save: (input: FormData) => Promise<ActionResult<{ changed: boolean }>>;
}) {
  return (
    <WorkspaceSwitchForm
      title="Second factor for everyone"
      ariaLabel="Second factor rule"
      name="required"
      isOn={required}
      whenOn={{
        description:
          "Required: members without a second factor must set one up before they can use this workspace.",
        flipLabel: "Make it optional",
      }}
      whenOff={{
        description:
          "Optional: each member decides. When required, members without one must set it up before they can use this workspace.",
        flipLabel: "Require a second factor",
      }}
      save={save}
    />
  );
}
