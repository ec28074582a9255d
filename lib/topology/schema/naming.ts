// The naming scheme for every NetScaler object a topology creates. Names are derived from the
// topology's prefix so two topologies on one appliance never collide and a re-apply finds the
// same objects again:
//
//   server            <prefix>_srv_<server name>        igel_srv_ums1, xms_srv_xms1
//   IGEL group / vs   <prefix>_sg_<port>, _vs_<port>    igel_sg_30001, igel_vs_30001
//   XMS MDM group/vs  <prefix>_mdm_sg_<port>, _mdm_vs_  xms_mdm_sg_443, xms_mdm_vs_8443
//   XMS MAM group/vs  <prefix>_mam_sg_<port>, _mam_vs_  xms_mam_sg_8443, xms_mam_vs_8443
//   XMS monitor       <prefix>_mon_getserverinfo
//
// The "_srv_"/"_sg_"/"_vs_" infixes keep a server called "sg_443" from producing a name that
// looks like a service group's. DNS records keep the host name the admin typed.
import type { TopologyKind } from "./kinds";
import { NS_NAME_MAX } from "./ns-name";

export const defaultPrefixes: Record<TopologyKind, string> = {
  IGEL_UMS: "igel",
  XENMOBILE: "xms",
};

export const SERVER_INFIX = "_srv_";

export const objectNames = {
  server: (prefix: string, serverName: string) => `${prefix}${SERVER_INFIX}${serverName}`,
  igelServiceGroup: (prefix: string, port: number) => `${prefix}_sg_${port}`,
  igelVserver: (prefix: string, port: number) => `${prefix}_vs_${port}`,
  mdmServiceGroup: (prefix: string, port: number) => `${prefix}_mdm_sg_${port}`,
  mdmVserver: (prefix: string, port: number) => `${prefix}_mdm_vs_${port}`,
  mamServiceGroup: (prefix: string, port: number) => `${prefix}_mam_sg_${port}`,
  mamVserver: (prefix: string, port: number) => `${prefix}_mam_vs_${port}`,
  monitor: (prefix: string) => `${prefix}_mon_getserverinfo`,
};

// Longest fixed part appended to the prefix (ports count as 5 digits), per kind.
const longestFixedSuffix: Record<TopologyKind, number> = {
  IGEL_UMS: "_sg_65535".length,
  XENMOBILE: "_mon_getserverinfo".length,
};

/** Longest prefix that keeps every generated name within NetScaler's 127 characters. */
export function maxPrefixLength(kind: TopologyKind): number {
  return NS_NAME_MAX - longestFixedSuffix[kind];
}

/** Longest server name that still fits after `<prefix>_srv_`. */
export function maxServerNameLength(prefix: string): number {
  return NS_NAME_MAX - prefix.length - SERVER_INFIX.length;
}
