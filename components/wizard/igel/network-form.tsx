"use client";

import { ApplianceFactsStatus } from "../common/appliance-facts-status";
import { ApplianceField, type ApplianceOption } from "../common/appliance-field";
import { TextField } from "../fields/text-field";
import { StepSection } from "../step-section";
import { useWizard } from "../wizard-context";

export function IgelNetworkForm({ appliances }: { appliances: ApplianceOption[] }) {
  const { appliance } = useWizard();
  const chosen = appliances.find((a) => a.id === appliance.id) ?? null;
  return (
    <div className="space-y-8">
      <StepSection title="Appliance">
        <ApplianceField appliances={appliances} />
        <ApplianceFactsStatus applianceName={chosen?.name ?? null} />
      </StepSection>
      <StepSection
        title="Addresses"
        intro="Client-IP forwarding (USIP) lets UMS see every device's real address, but the servers would then answer devices directly. Routing their replies through the NetScaler fixes that."
      >
        <TextField
          path="network.umsSubnet"
          label="UMS subnet"
          placeholder="10.10.20.0/24"
          className="max-w-2xl"
          inputClassName="max-w-sm"
          autoComplete="off"
          spellCheck={false}
          hint="The subnet the UMS servers are in (or move to), as network address and prefix length."
        />
        <TextField
          path="network.snip"
          label="SNIP (the UMS servers' default gateway)"
          placeholder="10.10.20.5"
          className="max-w-2xl"
          inputClassName="max-w-sm"
          autoComplete="off"
          spellCheck={false}
          hint="A subnet IP of the NetScaler inside the UMS subnet. Set it as the default gateway on every UMS server."
        />
        <TextField
          path="network.vip"
          label="VIP (where devices and consoles connect)"
          placeholder="10.10.20.100"
          className="max-w-2xl"
          inputClassName="max-w-sm"
          autoComplete="off"
          spellCheck={false}
          hint="A free address inside the UMS subnet. All load-balanced ports share it."
        />
      </StepSection>
    </div>
  );
}
