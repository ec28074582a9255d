"use client";

import { Button } from "@/components/ui/button";
import { MAX_PORTS } from "@/lib/topology/schema/list-limits";
import { removeAt } from "@/lib/wizard/doc-paths";
import { fieldId } from "@/lib/wizard/field-paths";
import { FieldMessages } from "../fields/field-messages";
import { useField } from "../fields/use-field";
import { StepSection } from "../step-section";
import { useWizard } from "../wizard-context";
import { OsGenerationField } from "./os-generation-field";
import { PersistenceFields } from "./persistence-fields";
import { PortRow } from "./port-row";
import { useIgelDoc } from "./use-igel-doc";

export function IgelLoadBalancingStep() {
  const { doc, changeIgel } = useIgelDoc();
  const { readOnly } = useWizard();
  const list = useField("loadBalancing.ports");
  const ports = doc.loadBalancing?.ports ?? [];
  const add = () => {
    const index = ports.length;
    changeIgel(
      (d) => ({
        ...d,
        loadBalancing: {
          ...d.loadBalancing,
          ports: [...ports, { purpose: "other", usip: false, enabled: true }],
        },
      }),
      ["loadBalancing.ports"],
    );
    requestAnimationFrame(() =>
      document.getElementById(fieldId(`loadBalancing.ports.${index}.port`))?.focus(),
    );
  };
  const remove = (index: number) => {
    changeIgel((d) => removeAt(d, "loadBalancing.ports", index), ["loadBalancing.ports"]);
    requestAnimationFrame(() => document.getElementById("add-igel-port")?.focus());
  };
  return (
    <div className="space-y-8">
      <StepSection title="Devices">
        <OsGenerationField />
      </StepSection>
      <StepSection
        title="Ports"
        intro="Each switched-on port becomes one TCP virtual server on the VIP, bound to a service group with every UMS server on that port."
      >
        <ul id={list.id} tabIndex={-1} aria-describedby={list.describedBy} className="space-y-3">
          {ports.map((_, index) => (
            <PortRow key={index} index={index} onRemove={() => remove(index)} />
          ))}
        </ul>
        <FieldMessages
          id={list.id}
          path={list.path}
          errors={list.errors}
          warnings={list.warnings}
        />
        {readOnly ? null : (
          <Button
            id="add-igel-port"
            variant="secondary"
            onClick={add}
            disabled={ports.length >= MAX_PORTS}
            title={ports.length >= MAX_PORTS ? `At most ${MAX_PORTS} ports.` : undefined}
          >
            Add a port
          </Button>
        )}
      </StepSection>
      <StepSection title="Persistence">
        <PersistenceFields />
      </StepSection>
    </div>
  );
}
