// vpnvserver (the NetScaler Gateway vserver) and its App Controller binding (XenMobile MAM).
import { z } from "zod";
import { isEnabled, optNum, optState, optStr, type OperationalState } from "../wire";

export interface NsVpnVserver {
  name: string;
  serviceType?: string;
  ipAddress?: string;
  port?: number;
  enabled: boolean;
  currentState: OperationalState;
  comment?: string;
}

export const vpnVserverSchema = z
  .object({
    name: z.string(),
    servicetype: optStr,
    ipv46: optStr,
    port: optNum,
    state: optStr,
    curstate: optState,
    comment: optStr,
  })
  .transform((w): NsVpnVserver => ({
    name: w.name,
    serviceType: w.servicetype,
    ipAddress: w.ipv46 && w.ipv46 !== "0.0.0.0" ? w.ipv46 : undefined,
    port: w.port || undefined,
    enabled: isEnabled(w.state),
    currentState: w.curstate ?? "unknown",
    comment: w.comment || undefined,
  }));

export interface NsVpnVserverAppControllerBinding {
  vserverName: string;
  /** App Controller URL, e.g. https://xms.example.com:8443 */
  appController: string;
}

export const vpnVserverAppControllerBindingSchema = z
  .object({ name: z.string(), appcontroller: z.string() })
  .transform((w): NsVpnVserverAppControllerBinding => ({
    vserverName: w.name,
    appController: w.appcontroller,
  }));
