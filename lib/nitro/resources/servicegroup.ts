// servicegroup: a pool of members (server + port) of one service type.
import { z } from "zod";
import { isEnabled, optFlag, optNum, optState, optStr, type OperationalState } from "../wire";

export interface NsServiceGroup {
  name: string;
  serviceType: string;
  enabled: boolean;
  /** Aggregate of the members' states (UP / DOWN / PARTIAL-UP …). */
  effectiveState?: OperationalState;
  usip?: boolean;
  /** Client-IP header insertion (-cip ENABLED). */
  cip?: boolean;
  cipHeader?: string;
  healthMonitor?: boolean;
  useProxyPort?: boolean;
  maxClient?: number;
  maxReq?: number;
  cltTimeout?: number;
  svrTimeout?: number;
  downStateFlush?: boolean;
  memberPort?: number;
  comment?: string;
  td: number;
}

export const serviceGroupSchema = z
  .object({
    servicegroupname: z.string(),
    servicetype: z.string(),
    state: optStr,
    servicegroupeffectivestate: optState,
    usip: optFlag,
    cip: optFlag,
    cipheader: optStr,
    healthmonitor: optFlag,
    useproxyport: optFlag,
    maxclient: optNum,
    maxreq: optNum,
    clttimeout: optNum,
    svrtimeout: optNum,
    downstateflush: optFlag,
    memberport: optNum,
    comment: optStr,
    td: optNum,
  })
  .transform((w): NsServiceGroup => ({
    name: w.servicegroupname,
    serviceType: w.servicetype,
    enabled: isEnabled(w.state),
    effectiveState: w.servicegroupeffectivestate,
    usip: w.usip,
    cip: w.cip,
    cipHeader: w.cipheader || undefined,
    healthMonitor: w.healthmonitor,
    useProxyPort: w.useproxyport,
    maxClient: w.maxclient,
    maxReq: w.maxreq,
    cltTimeout: w.clttimeout,
    svrTimeout: w.svrtimeout,
    downStateFlush: w.downstateflush,
    memberPort: w.memberport || undefined,
    comment: w.comment || undefined,
    td: w.td ?? 0,
  }));
