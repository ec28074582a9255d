"use client";

import { CheckboxField } from "../fields/checkbox-field";
import { StepSection } from "../step-section";
import { AppControllerUrl } from "./app-controller-url";
import { GatewayLoopAlert } from "./gateway-loop-alert";
import { useXmsDoc } from "./use-xms-doc";
import { XmsNameSummary } from "./xms-name-summary";

export function XmsDnsStep() {
  const { doc } = useXmsDoc();
  const fqdn = doc.dns?.xmsFqdn || "the XMS FQDN";
  const mam = doc.mam?.vip || "the MAM VIP";
  const mdm = doc.mdm?.vip || "the MDM VIP";
  const record = doc.dns?.netscalerRecord === true;
  return (
    <div className="space-y-8">
      <StepSection title="The XMS name">
        <XmsNameSummary />
        <CheckboxField
          path="dns.netscalerRecord"
          label="Add the address record on the NetScaler"
          hint={`Creates ${fqdn} → ${mam} in the NetScaler's own DNS. The Gateway resolves the name on the NetScaler, where this record answers, so its app traffic reaches the MAM virtual server.`}
        />
      </StepSection>
      <StepSection
        title="Split DNS: one name, two answers"
        intro="Devices and the Gateway must reach different VIPs under the same name, so two DNS servers answer differently."
      >
        <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
          <table className="w-full text-left text-sm" data-testid="split-dns">
            <caption className="sr-only">Where {fqdn} resolves to</caption>
            <thead className="bg-slate-50 dark:bg-slate-900">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  DNS
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {fqdn} resolves to
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Who asks
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="px-3 py-2 font-normal">
                  {record ? (
                    <>
                      The NetScaler&apos;s own DNS{" "}
                      <span className="text-slate-600 dark:text-slate-400">
                        (created by this wizard)
                      </span>
                    </>
                  ) : (
                    <>
                      The DNS servers the NetScaler asks{" "}
                      <span className="text-slate-600 dark:text-slate-400">
                        (yours to do: no record on the NetScaler)
                      </span>
                    </>
                  )}
                </th>
                <td className="px-3 py-2">
                  <strong>{mam}</strong> (MAM VIP)
                </td>
                <td className="px-3 py-2">The Gateway</td>
              </tr>
              <tr className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="px-3 py-2 font-normal">
                  Public DNS{" "}
                  <span className="text-slate-600 dark:text-slate-400">(yours to do)</span>
                </th>
                <td className="px-3 py-2">
                  <strong>{mdm}</strong> (MDM VIP), or the public address translated to it
                </td>
                <td className="px-3 py-2">Devices enrolling and checking in</td>
              </tr>
            </tbody>
          </table>
        </div>
        <div
          className="rounded-md border border-sky-300 bg-sky-50 p-4 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100"
          data-testid="public-dns-instruction"
        >
          <p className="font-medium">To do in your public DNS</p>
          <p className="mt-1">
            Create an address record <code>{fqdn}</code> → <code>{mdm}</code> (or the public address
            your firewall translates to {mdm}). If devices also enroll from the company network,
            your internal DNS needs the same answer. Never point {fqdn} at the MAM VIP or the
            Gateway&apos;s VIP there. The After the NetScaler step lists this again to tick off.
          </p>
        </div>
        <GatewayLoopAlert />
      </StepSection>
      <StepSection title="The Gateway's App Controller">
        <AppControllerUrl />
      </StepSection>
    </div>
  );
}
