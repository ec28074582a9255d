"use client";

import { PrerequisitesChecklist } from "../common/prerequisites-checklist";
import { TextField } from "../fields/text-field";
import { StepSection } from "../step-section";
import { OsGenerationField } from "./os-generation-field";
import { prerequisiteWhy } from "./prerequisite-why";
import { useIgelDoc } from "./use-igel-doc";

export function IgelPrerequisitesStep() {
  const { doc } = useIgelDoc();
  return (
    <div className="space-y-8">
      <PrerequisitesChecklist doc={doc} why={prerequisiteWhy} />
      <StepSection title="Devices">
        <OsGenerationField />
      </StepSection>
      <StepSection title="Names on the NetScaler">
        <TextField
          path="prefix"
          label="Object-name prefix"
          autoComplete="off"
          spellCheck={false}
          className="max-w-2xl"
          inputClassName="max-w-sm"
          hint={`Starts the name of every object this topology creates, e.g. ${doc.prefix || "igel"}_srv_ums1 and ${doc.prefix || "igel"}_vs_30001. Use one prefix per topology so two never share objects on one appliance.`}
        />
      </StepSection>
    </div>
  );
}
