"use client";

import { ChoiceField } from "../fields/choice-field";
import { NumberField } from "../fields/number-field";
import { TextField } from "../fields/text-field";
import { useIgelDoc } from "./use-igel-doc";

const path = "loadBalancing.persistence";

/** Source-IP persistence, so one device keeps talking to the same UMS server. */
export function PersistenceFields() {
  const { doc } = useIgelDoc();
  const sourceIp = doc.loadBalancing?.persistence?.type === "SOURCEIP";
  return (
    <div className="space-y-4">
      <ChoiceField
        path={`${path}.type`}
        legend="Persistence on every UMS virtual server"
        columns={2}
        choices={[
          {
            value: "SOURCEIP",
            label: "By client address (SOURCEIP)",
            description: "A device stays on one UMS server while it keeps connecting.",
          },
          {
            value: "NONE",
            label: "None",
            description: "Every new connection may land on another server.",
          },
        ]}
        hint="A device's session and transfers are easiest to follow, and cheapest for UMS, when they stay on one server; if that server fails the device simply moves to another."
      />
      {sourceIp ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField
            path={`${path}.timeout`}
            label="Timeout"
            suffix="minutes"
            hint="How long the NetScaler remembers a device after its last connection."
          />
          <TextField
            path={`${path}.mask`}
            label="Address mask"
            autoComplete="off"
            spellCheck={false}
            hint="255.255.255.255 keeps each device on its own server; a shorter mask would group whole networks onto one server."
          />
        </div>
      ) : null}
    </div>
  );
}
