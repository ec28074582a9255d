// lbvserver (with its read-only live state) and lbvserver_servicegroup_binding.
import { z } from "zod";
import { epochSeconds, isEnabled, optNum, optState, optStr, type OperationalState } from "../wire";

export interface NsLbVserver {
  name: string;
  serviceType?: string;
  /** VIP (ipv46); undefined for a non-addressable vserver (reads back as 0.0.0.0). */
  ipAddress?: string;
  port?: number;
  enabled: boolean;
  lbMethod?: string;
  backupLbMethod?: string;
  persistenceType?: string;
  /** Persistence timeout in minutes. */
  timeout?: number;
  persistMask?: string;
  v6PersistMaskLen?: number;
  persistenceBackup?: string;
  backupPersistenceTimeout?: number;
  rule?: string;
  cookieName?: string;
  cltTimeout?: number;
  comment?: string;
  td: number;
  /** Live state (curstate). */
  currentState: OperationalState;
  /** Live state accounting for a backup vserver (effectivestate). */
  effectiveState: OperationalState;
  /** Percentage of weight of active services (0–100). */
  health?: number;
  activeServices?: number;
  totalServices?: number;
  /** Seconds since the epoch of the last state change, when the appliance reports it. */
  stateChangeTimeSec?: number;
}

export const lbVserverSchema = z
  .object({
    name: z.string(),
    servicetype: optStr,
    ipv46: optStr,
    port: optNum,
    state: optStr,
    lbmethod: optStr,
    backuplbmethod: optStr,
    persistencetype: optStr,
    timeout: optNum,
    persistmask: optStr,
    v6persistmasklen: optNum,
    persistencebackup: optStr,
    backuppersistencetimeout: optNum,
    rule: optStr,
    cookiename: optStr,
    clttimeout: optNum,
    comment: optStr,
    td: optNum,
    curstate: optState,
    effectivestate: optState,
    health: optNum,
    activeservices: optNum,
    totalservices: optNum,
    statechangetimesec: optStr,
  })
  .transform((w): NsLbVserver => ({
    name: w.name,
    serviceType: w.servicetype,
    ipAddress: w.ipv46 && w.ipv46 !== "0.0.0.0" ? w.ipv46 : undefined,
    port: w.port || undefined,
    enabled: isEnabled(w.state),
    lbMethod: w.lbmethod,
    backupLbMethod: w.backuplbmethod,
    persistenceType: w.persistencetype,
    timeout: w.timeout,
    persistMask: w.persistmask,
    v6PersistMaskLen: w.v6persistmasklen,
    persistenceBackup: w.persistencebackup,
    backupPersistenceTimeout: w.backuppersistencetimeout,
    // NITRO echoes an unset rule as the expression "none".
    rule: w.rule && w.rule.toLowerCase() !== "none" ? w.rule : undefined,
    cookieName: w.cookiename || undefined,
    cltTimeout: w.clttimeout,
    comment: w.comment || undefined,
    td: w.td ?? 0,
    currentState: w.curstate ?? "unknown",
    effectiveState: w.effectivestate ?? w.curstate ?? "unknown",
    health: w.health,
    activeServices: w.activeservices,
    totalServices: w.totalservices,
    stateChangeTimeSec: epochSeconds(w.statechangetimesec),
  }));

export interface NsLbVserverServiceGroupBinding {
  vserverName: string;
  serviceGroupName: string;
  weight?: number;
  order?: number;
}

export const lbVserverServiceGroupBindingSchema = z
  .object({
    name: z.string(),
    servicegroupname: z.string(),
    weight: optNum,
    order: optNum,
  })
  .transform((w): NsLbVserverServiceGroupBinding => ({
    vserverName: w.name,
    serviceGroupName: w.servicegroupname,
    weight: w.weight,
    order: w.order,
  }));
