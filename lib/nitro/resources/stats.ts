// /stat readers: lbvserver, servicegroup (+ members via statbindings), servicegroupmember, ns.
// Counters often arrive as strings (docs/nitro.md#wire-quirks), rates as numbers: optNum takes
// both.
import { z } from "zod";
import { optNum, optStr, toOperationalState, type OperationalState } from "../wire";

export interface LbVserverStats {
  name: string;
  state: OperationalState;
  ipAddress?: string;
  port?: number;
  type?: string;
  /** vslbhealth: percentage of UP services. */
  health?: number;
  activeServices?: number;
  inactiveServices?: number;
  totalRequests?: number;
  requestsRate?: number;
  totalHits?: number;
  hitsRate?: number;
  currentClientConnections?: number;
  currentServerConnections?: number;
}

export const lbVserverStatsSchema = z
  .object({
    name: z.string(),
    state: optStr,
    primaryipaddress: optStr,
    primaryport: optNum,
    type: optStr,
    vslbhealth: optNum,
    actsvcs: optNum,
    inactsvcs: optNum,
    totalrequests: optNum,
    requestsrate: optNum,
    tothits: optNum,
    hitsrate: optNum,
    curclntconnections: optNum,
    cursrvrconnections: optNum,
  })
  .transform((w): LbVserverStats => ({
    name: w.name,
    state: toOperationalState(w.state),
    ipAddress: w.primaryipaddress,
    port: w.primaryport,
    type: w.type,
    health: w.vslbhealth,
    activeServices: w.actsvcs,
    inactiveServices: w.inactsvcs,
    totalRequests: w.totalrequests,
    requestsRate: w.requestsrate,
    totalHits: w.tothits,
    hitsRate: w.hitsrate,
    currentClientConnections: w.curclntconnections,
    currentServerConnections: w.cursrvrconnections,
  }));

export interface ServiceGroupMemberStats {
  serviceGroupName: string;
  serverName?: string;
  ipAddress?: string;
  port?: number;
  state: OperationalState;
  serviceType?: string;
  totalRequests?: number;
  requestsRate?: number;
  currentClientConnections?: number;
  currentServerConnections?: number;
  /** Average time to first byte, ms. */
  avgTtfbMs?: number;
}

export const serviceGroupMemberStatsSchema = z
  .object({
    servicegroupname: z.string(),
    servername: optStr,
    primaryipaddress: optStr,
    ip: optStr,
    primaryport: optNum,
    port: optNum,
    state: optStr,
    servicetype: optStr,
    totalrequests: optNum,
    requestsrate: optNum,
    curclntconnections: optNum,
    cursrvrconnections: optNum,
    avgsvrttfb: optNum,
  })
  .transform((w): ServiceGroupMemberStats => {
    // With statbindings the member's servicegroupname is a "?"-joined composite
    // (group?server?port…); element 1 is the server name (docs/nitro.md#live-state).
    const parts = w.servicegroupname.split("?");
    return {
      serviceGroupName: parts[0] ?? w.servicegroupname,
      serverName: w.servername || (parts.length > 1 ? parts[1] : undefined),
      ipAddress: w.primaryipaddress || w.ip || undefined,
      port: w.primaryport ?? w.port,
      state: toOperationalState(w.state),
      serviceType: w.servicetype,
      totalRequests: w.totalrequests,
      requestsRate: w.requestsrate,
      currentClientConnections: w.curclntconnections,
      currentServerConnections: w.cursrvrconnections,
      avgTtfbMs: w.avgsvrttfb,
    };
  });

export interface ServiceGroupStats {
  name: string;
  state: OperationalState;
  serviceType?: string;
  /** Present when read with statBindings. */
  members: ServiceGroupMemberStats[];
}

export const serviceGroupStatsSchema = z
  .object({
    servicegroupname: z.string(),
    state: optStr,
    servicetype: optStr,
    servicegroupmember: z
      .union([z.array(serviceGroupMemberStatsSchema), serviceGroupMemberStatsSchema])
      .optional(),
  })
  .transform((w): ServiceGroupStats => ({
    name: w.servicegroupname,
    state: toOperationalState(w.state),
    serviceType: w.servicetype,
    members: w.servicegroupmember === undefined ? [] : [w.servicegroupmember].flat(),
  }));

export interface NsSystemStats {
  cpuUsagePercent?: number;
  packetCpuUsagePercent?: number;
  managementCpuUsagePercent?: number;
  memoryUsagePercent?: number;
  /** hacurmasterstate as reported: PRIMARY, SECONDARY, STAYSECONDARY, CLAIMING, CHANGE. */
  haMasterState?: string;
  haCurrentState?: string;
  startTime?: string;
  httpRequestsRate?: number;
  tcpClientConnections?: number;
  tcpServerConnections?: number;
}

export const nsStatsSchema = z
  .object({
    cpuusagepcnt: optNum,
    pktcpuusagepcnt: optNum,
    mgmtcpuusagepcnt: optNum,
    memusagepcnt: optNum,
    hacurmasterstate: optStr,
    hacurstate: optStr,
    starttime: optStr,
    httprequestsrate: optNum,
    tcpcurclientconn: optNum,
    tcpcurserverconn: optNum,
  })
  .transform((w): NsSystemStats => ({
    cpuUsagePercent: w.cpuusagepcnt,
    packetCpuUsagePercent: w.pktcpuusagepcnt,
    managementCpuUsagePercent: w.mgmtcpuusagepcnt,
    memoryUsagePercent: w.memusagepcnt,
    haMasterState: w.hacurmasterstate,
    haCurrentState: w.hacurstate,
    startTime: w.starttime,
    httpRequestsRate: w.httprequestsrate,
    tcpClientConnections: w.tcpcurclientconn,
    tcpServerConnections: w.tcpcurserverconn,
  }));
