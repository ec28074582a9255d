"use client";

import type { ApplianceOption } from "../common/appliance-field";
import { TextField } from "../fields/text-field";
import { StepSection } from "../step-section";
import { AppControllerUrl } from "./app-controller-url";
import { AppliancePickField } from "./appliance-pick-field";
import { GatewayLoopAlert } from "./gateway-loop-alert";
import { useApplianceLists } from "./use-appliance-lists";
import { useApplianceName } from "./use-appliance-name";
import { useXmsDoc } from "./use-xms-doc";

export function XmsGatewayForm({ appliances }: { appliances: ApplianceOption[] }) {
  const { changeXms } = useXmsDoc();
  const applianceName = useApplianceName(appliances);
  const lists = useApplianceLists();
  const pick = (name: string) => {
    // A Gateway picked from the appliance brings its VIP along, for the Gateway-VIP check.
    const found = lists.status === "ok" ? lists.vpnVservers.find((v) => v.name === name) : null;
    changeXms(
      (d) => ({
        ...d,
        gateway: { ...d.gateway, vserverName: name, ...(found ? { vip: found.ipv46 } : {}) },
      }),
      ["gateway.vserverName"],
    );
  };
  return (
    <div className="space-y-8">
      <StepSection title="Gateway vserver">
        <AppliancePickField
          path="gateway.vserverName"
          label="Gateway vserver"
          what="Gateway vservers"
          applianceName={applianceName}
          options={(l) =>
            l.vpnVservers.map((v) => ({ value: v.name, label: `${v.name} (${v.ipv46}:${v.port})` }))
          }
          onPick={pick}
          hint="The NetScaler Gateway that Secure Hub connects to. It must already exist; only its App Controller URL is added."
        />
        <TextField
          path="gateway.vip"
          label="Gateway VIP (optional)"
          placeholder="10.20.1.20"
          className="max-w-sm"
          autoComplete="off"
          spellCheck={false}
          hint="Only used to make sure neither XMS VIP is the Gateway's address. Filled in when you pick the Gateway from the appliance."
        />
        <GatewayLoopAlert />
      </StepSection>
      <StepSection title="Where the Gateway finds XMS">
        <AppControllerUrl />
      </StepSection>
    </div>
  );
}
