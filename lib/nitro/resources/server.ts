// server: one back-end host (by IP address or domain name).
import { z } from "zod";
import { isEnabled, optNum, optStr } from "../wire";

export interface NsServer {
  name: string;
  ipAddress?: string;
  domain?: string;
  enabled: boolean;
  comment?: string;
  td: number;
}

export const serverSchema = z
  .object({
    name: z.string(),
    ipaddress: optStr,
    domain: optStr,
    state: optStr,
    comment: optStr,
    td: optNum,
  })
  .transform((w): NsServer => ({
    name: w.name,
    // A domain-based server reads back ipaddress "0.0.0.0": that is not an address.
    ipAddress: w.ipaddress && w.ipaddress !== "0.0.0.0" ? w.ipaddress : undefined,
    domain: w.domain || undefined,
    enabled: isEnabled(w.state),
    comment: w.comment || undefined,
    td: w.td ?? 0,
  }));
