// Appliance-wide singletons: nsconfig, nsversion, nshostname; and nspartition.
// Singletons arrive as a plain object or a one-element array (both accepted by extractList).
import { z } from "zod";
import { optFlag, optNum, optStr } from "../wire";

export interface NsConfigState {
  /** Unsaved configuration changes exist. */
  configChanged?: boolean;
  lastConfigChangedTime?: string;
  lastConfigSaveTime?: string;
  systemType?: string;
  primaryIp?: string;
}

export const nsConfigSchema = z
  .object({
    configchanged: optFlag,
    lastconfigchangedtime: optStr,
    lastconfigsavetime: optStr,
    systemtype: optStr,
    primaryip: optStr,
    ipaddress: optStr,
  })
  .transform((w): NsConfigState => ({
    configChanged: w.configchanged,
    lastConfigChangedTime: w.lastconfigchangedtime || undefined,
    lastConfigSaveTime: w.lastconfigsavetime || undefined,
    systemType: w.systemtype || undefined,
    primaryIp: w.primaryip || w.ipaddress || undefined,
  }));

export interface NsVersion {
  /** "13.1" */
  release?: string;
  /** "49.15" */
  build?: string;
  /** The full banner, e.g. "NetScaler NS13.1: Build 49.15.nc, Date: …". */
  text: string;
}

// Ansible: NetScaler NS(\d+\.\d+): Build (\d+\.\d+)\.nc — the ".nc" suffix is optional here.
const VERSION_RE = /NetScaler NS(\d+\.\d+):\s*Build (\d+\.\d+)/i;

export function parseVersionText(text: string): NsVersion {
  const match = VERSION_RE.exec(text);
  return { release: match?.[1], build: match?.[2], text: text.trim() };
}

export const nsVersionSchema = z
  .object({ version: z.string() })
  .transform((w): NsVersion => parseVersionText(w.version));

export const nsHostnameSchema = z
  .object({ hostname: optStr })
  .transform((w): { hostname?: string } => ({ hostname: w.hostname || undefined }));

export interface NsPartition {
  name: string;
  id?: number;
  type?: string;
  maxBandwidth?: number;
  minBandwidth?: number;
  maxConn?: number;
  maxMemLimit?: number;
  partitionMac?: string;
}

export const nsPartitionSchema = z
  .object({
    partitionname: z.string(),
    partitionid: optNum,
    partitiontype: optStr,
    maxbandwidth: optNum,
    minbandwidth: optNum,
    maxconn: optNum,
    maxmemlimit: optNum,
    partitionmac: optStr,
  })
  .transform((w): NsPartition => ({
    name: w.partitionname,
    id: w.partitionid,
    type: w.partitiontype,
    maxBandwidth: w.maxbandwidth,
    minBandwidth: w.minbandwidth,
    maxConn: w.maxconn,
    maxMemLimit: w.maxmemlimit,
    partitionMac: w.partitionmac || undefined,
  }));
