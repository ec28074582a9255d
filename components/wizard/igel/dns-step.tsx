"use client";

import { CheckboxField } from "../fields/checkbox-field";
import { TextField } from "../fields/text-field";
import { StepSection } from "../step-section";
import { useIgelDoc } from "./use-igel-doc";

export function IgelDnsStep() {
  const { doc } = useIgelDoc();
  const host = doc.dns?.hostName || "the host name";
  const vip = doc.network?.vip || "the VIP";
  return (
    <div className="space-y-8">
      <StepSection title="The load-balanced name">
        <TextField
          path="dns.hostName"
          label="Host name"
          placeholder="igel.corp.local"
          className="max-w-2xl"
          inputClassName="max-w-md"
          autoComplete="off"
          spellCheck={false}
          hint={`Devices, consoles and firmware downloads use this name; it must resolve to ${vip}.`}
        />
        <CheckboxField
          path="dns.netscalerRecord"
          label="Also add an address record on the NetScaler"
          hint={`Creates ${host} → ${vip} in the NetScaler's own DNS. Useful where the NetScaler answers DNS queries (as ADNS or DNS proxy); your regular DNS still needs the same record.`}
        />
      </StepSection>
      <StepSection title="How devices find UMS">
        <div className="space-y-2 rounded-md bg-slate-50 p-4 text-sm dark:bg-slate-800/60">
          <p>
            A device that is not registered yet looks for UMS in two places. Point both at the VIP (
            {vip}), not at one UMS server, or new devices register only while that server is up:
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              DNS: a record for the name <code>igelrmserver</code> in the devices&apos; search
              domain, as an alias of {host} or an address record for {vip}.
            </li>
            <li>
              DHCP: option 224 in the devices&apos; scopes, set to {vip} instead of a single
              server&apos;s address.
            </li>
          </ul>
          <p>
            The After the NetScaler step lists both again, with the console, profile and firmware
            settings, so you can tick them off.
          </p>
        </div>
      </StepSection>
    </div>
  );
}
