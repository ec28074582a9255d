"use client";

// The appliance the topology is applied to, chosen inside the wizard. The choice shows at
// once and goes back if the save does not go through.
import { useCallback, useState } from "react";
import { chooseWizardApplianceAction } from "@/app/(app)/topologies/[id]/wizard/appliance-action";
import type { Autosave } from "./use-autosave";
import type { WizardInitial } from "./wizard-context";

export function useApplianceChoice(initial: WizardInitial, runVersioned: Autosave["runVersioned"]) {
  const { topologyId } = initial;
  const { readOnly } = initial.mode;
  const [id, setId] = useState<string | null>(initial.applianceId);
  const choose = useCallback(
    async (next: string) => {
      if (readOnly) return false;
      const before = id;
      setId(next || null);
      const ok = await runVersioned((expectedVersion) =>
        chooseWizardApplianceAction({ topologyId, expectedVersion, applianceId: next }),
      );
      if (!ok) setId(before);
      return ok;
    },
    [id, readOnly, runVersioned, topologyId],
  );
  return { id, choose };
}
