// Reshapes what lib/nitro reads into the ApplianceFacts that validateAgainstAppliance checks.
import type { NsIpAddress, NsLbVserver, NsSslCertKey, NsVpnVserver } from "@/lib/nitro";
import type { ApplianceFacts } from "@/lib/topology/validate/appliance";

export interface ApplianceReads {
  ips: readonly NsIpAddress[];
  lbVservers: readonly NsLbVserver[];
  vpnVservers: readonly NsVpnVserver[];
  certKeys: readonly NsSslCertKey[];
}

export function toApplianceFacts(reads: ApplianceReads): ApplianceFacts {
  return {
    snips: reads.ips
      .filter((ip) => ip.type === "SNIP")
      .map((ip) => ({ ipaddress: ip.ipAddress, netmask: ip.netmask ?? "255.255.255.255" })),
    ownedAddresses: reads.ips
      .filter((ip) => ip.type !== undefined && ip.type !== "VIP")
      .map((ip) => ({ ipaddress: ip.ipAddress, type: ip.type ?? "" })),
    vservers: reads.lbVservers
      .filter((v) => v.ipAddress !== undefined && v.port !== undefined)
      .map((v) => ({
        name: v.name,
        ipv46: v.ipAddress ?? "",
        port: v.port ?? 0,
        servicetype: v.serviceType ?? "",
      })),
    certKeys: reads.certKeys.map((c) => c.name),
    vpnVservers: reads.vpnVservers
      .filter((v) => v.ipAddress !== undefined)
      .map((v) => ({ name: v.name, ipv46: v.ipAddress ?? "", port: v.port ?? 0 })),
  };
}
