"use client";

import type { OsGeneration } from "@/lib/topology/schema/igel-ums";
import { applyOsGeneration } from "@/lib/wizard/os-ports";
import { ChoiceField, type Choice } from "../fields/choice-field";
import { useIgelDoc } from "./use-igel-doc";

const choices: Choice[] = [
  {
    value: "11",
    label: "IGEL OS 11",
    description: "Devices connect on 30001 and fetch firmware on 9080; consoles use 8443.",
  },
  {
    value: "12",
    label: "IGEL OS 12",
    description: "Devices and consoles share 8443 (one TLS WebSocket per device).",
  },
  {
    value: "mixed",
    label: "Both (migrating)",
    description: "OS 11 and OS 12 devices side by side: all three ports.",
  },
];

/** The OS generation decides the ports; choosing one switches the standard ports to match. */
export function OsGenerationField() {
  const { changeIgel } = useIgelDoc();
  return (
    <ChoiceField
      path="loadBalancing.osGeneration"
      legend="Which IGEL OS do your devices run?"
      choices={choices}
      hint="Changing this switches the matching load-balanced ports on or off; port numbers and client-IP settings you changed are kept."
      onChoose={(value) =>
        changeIgel(
          (d) => ({
            ...d,
            loadBalancing: applyOsGeneration(d.loadBalancing, value as OsGeneration),
          }),
          ["loadBalancing.osGeneration"],
        )
      }
    />
  );
}
