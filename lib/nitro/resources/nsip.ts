// nsip: the appliance's own addresses (NSIP, SNIP, VIP, MIP …).
import { z } from "zod";
import { isEnabled, optFlag, optNum, optStr } from "../wire";

export interface NsIpAddress {
  ipAddress: string;
  netmask?: string;
  /** NSIP, SNIP, VIP, MIP, CLIP, GSLBsiteIP … */
  type?: string;
  /** Management access (NITRO/GUI/SSH) enabled on this address. */
  mgmtAccess?: boolean;
  enabled: boolean;
  td: number;
}

export const nsIpSchema = z
  .object({
    ipaddress: z.string(),
    netmask: optStr,
    type: optStr,
    mgmtaccess: optFlag,
    state: optStr,
    td: optNum,
  })
  .transform((w): NsIpAddress => ({
    ipAddress: w.ipaddress,
    netmask: w.netmask,
    type: w.type,
    mgmtAccess: w.mgmtaccess,
    enabled: isEnabled(w.state),
    td: w.td ?? 0,
  }));
