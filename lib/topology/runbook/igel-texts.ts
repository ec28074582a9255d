// Words for the IGEL UMS rows of the runbook: what each load-balanced port carries.
import type { PortPurpose } from "../schema/igel-ums";

export const portPurposeLabels: Record<PortPurpose, string> = {
  "thin-clients": "Device connections (IGEL OS 11)",
  console: "UMS console and IGEL OS 12 devices",
  firmware: "Firmware and file downloads",
  other: "Added port",
};

export function usipLabel(usip: boolean): string {
  return usip ? "device's own address passed on (USIP on)" : "SNIP as the source (USIP off)";
}
