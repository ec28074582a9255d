"use client";

import { ApplianceField, type ApplianceOption } from "../common/appliance-field";
import { PrerequisitesChecklist } from "../common/prerequisites-checklist";
import { TextField } from "../fields/text-field";
import { StepSection } from "../step-section";
import { useWizard } from "../wizard-context";
import { XmsApplianceStatus } from "./appliance-status";
import { prerequisiteWhy } from "./prerequisite-why";
import { useXmsDoc } from "./use-xms-doc";

export function XmsPrerequisitesForm({ appliances }: { appliances: ApplianceOption[] }) {
  const { doc } = useXmsDoc();
  const { appliance } = useWizard();
  const chosen = appliances.find((a) => a.id === appliance.id) ?? null;
  const prefix = doc.prefix || "xms";
  return (
    <div className="space-y-8">
      <PrerequisitesChecklist doc={doc} why={prerequisiteWhy} />
      <StepSection
        title="Appliance"
        intro="The NetScaler that will carry the XMS cluster. Once chosen, the next steps offer its certificates and Gateway vservers to pick from and warn about addresses it already uses."
      >
        <ApplianceField appliances={appliances} />
        <XmsApplianceStatus applianceName={chosen?.name ?? null} />
      </StepSection>
      <StepSection title="Names on the NetScaler">
        <TextField
          path="prefix"
          label="Object-name prefix"
          autoComplete="off"
          spellCheck={false}
          className="max-w-sm"
          hint={`Starts the name of every object this topology creates, e.g. ${prefix}_srv_xms1, ${prefix}_mdm_vs_443 and ${prefix}_mam_vs_8443. Use one prefix per topology so two never share objects on one appliance.`}
        />
      </StepSection>
    </div>
  );
}
