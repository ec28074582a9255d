// Bindings of a service group: its members (servicegroup_servicegroupmember_binding) and its
// monitors (servicegroup_lbmonitor_binding). A member is (group, server, port), never a server.
import { z } from "zod";
import {
  epochSeconds,
  isEnabled,
  num,
  optFlag,
  optNum,
  optState,
  optStr,
  type OperationalState,
} from "../wire";

export interface NsServiceGroupMember {
  serviceGroupName: string;
  /** Server object name; for members bound by IP the appliance names the server after the IP. */
  serverName?: string;
  ip?: string;
  port: number;
  weight?: number;
  /** "None" on the wire when unset; undefined here. */
  customServerId?: string;
  serverId?: number;
  hashId?: number;
  order?: number;
  enabled: boolean;
  /** Operational state (svrstate). */
  state: OperationalState;
  /** Seconds since the epoch of the last state change, when the appliance reports it. */
  stateChangeTimeSec?: number;
}

export const serviceGroupMemberSchema = z
  .object({
    servicegroupname: z.string(),
    servername: optStr,
    ip: optStr,
    port: num,
    weight: optNum,
    customserverid: optStr,
    serverid: optNum,
    hashid: optNum,
    order: optNum,
    state: optStr,
    svrstate: optState,
    statechangetimesec: optStr,
  })
  .transform((w): NsServiceGroupMember => ({
    serviceGroupName: w.servicegroupname,
    serverName: w.servername || undefined,
    ip: w.ip || undefined,
    port: w.port,
    weight: w.weight,
    customServerId: w.customserverid && w.customserverid !== "None" ? w.customserverid : undefined,
    serverId: w.serverid,
    hashId: w.hashid,
    order: w.order,
    enabled: isEnabled(w.state),
    state: w.svrstate ?? "unknown",
    stateChangeTimeSec: epochSeconds(w.statechangetimesec),
  }));

export interface NsServiceGroupMonitorBinding {
  serviceGroupName: string;
  monitorName: string;
  /** monstate ENABLED/DISABLED. */
  monitorEnabled: boolean;
  weight?: number;
  passive?: boolean;
}

export const serviceGroupMonitorBindingSchema = z
  .object({
    servicegroupname: z.string(),
    monitor_name: z.string(),
    monstate: optStr,
    weight: optNum,
    passive: optFlag,
  })
  .transform((w): NsServiceGroupMonitorBinding => ({
    serviceGroupName: w.servicegroupname,
    monitorName: w.monitor_name,
    monitorEnabled: isEnabled(w.monstate),
    weight: w.weight,
    passive: w.passive,
  }));
