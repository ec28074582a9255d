// lbmonitor: a health check bound to service groups.
import { z } from "zod";
import { isEnabled, optFlag, optNum, optStr, strList } from "../wire";

export interface NsLbMonitor {
  name: string;
  type: string;
  enabled: boolean;
  interval?: number;
  /** Unit of interval: SEC, MSEC or MIN. */
  intervalUnit?: string;
  respTimeout?: number;
  retries?: number;
  downTime?: number;
  destPort?: number;
  httpRequest?: string;
  respCodes: string[];
  send?: string;
  recv?: string;
  customHeaders?: string;
  secure?: boolean;
  lrtm?: boolean;
}

export const lbMonitorSchema = z
  .object({
    monitorname: z.string(),
    type: z.string(),
    state: optStr,
    interval: optNum,
    units3: optStr,
    resptimeout: optNum,
    retries: optNum,
    downtime: optNum,
    destport: optNum,
    httprequest: optStr,
    respcode: strList,
    send: optStr,
    recv: optStr,
    customheaders: optStr,
    secure: optFlag,
    lrtm: optFlag,
  })
  .transform((w): NsLbMonitor => ({
    name: w.monitorname,
    type: w.type,
    enabled: isEnabled(w.state),
    interval: w.interval,
    intervalUnit: w.units3,
    respTimeout: w.resptimeout,
    retries: w.retries,
    downTime: w.downtime,
    destPort: w.destport || undefined,
    httpRequest: w.httprequest || undefined,
    respCodes: w.respcode,
    send: w.send || undefined,
    recv: w.recv || undefined,
    customHeaders: w.customheaders || undefined,
    secure: w.secure,
    lrtm: w.lrtm,
  }));
