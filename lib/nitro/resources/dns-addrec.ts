// dnsaddrec: one A record (host name → one IPv4 address) on the appliance's DNS.
import { z } from "zod";
import { optNum, optStr } from "../wire";

export interface NsDnsAddRec {
  hostname: string;
  ipAddress: string;
  ttl?: number;
  /** ADNS / PROXY / ALL record type, when reported. */
  type?: string;
}

export const dnsAddRecSchema = z
  .object({ hostname: z.string(), ipaddress: z.string(), ttl: optNum, type: optStr })
  .transform((w): NsDnsAddRec => ({
    hostname: w.hostname,
    ipAddress: w.ipaddress,
    ttl: w.ttl,
    type: w.type,
  }));
