// servicegroup_servicegroupentitymonbindings_binding: one row per (member, monitor) with the
// monitor's running state and last response — why a member is DOWN (docs/nitro.md#live-state).
// `servicegroupentname2` is undocumented; appliances fill it with the member's server name.
import { z } from "zod";
import { num, optStr } from "../wire";

export interface NsMemberMonitor {
  serviceGroupName: string;
  /** The member's server name (servicegroupentname2); undefined when the appliance omits it. */
  serverName?: string;
  port: number;
  monitorName: string;
  /** monitor_state as the appliance spells it: UP, DOWN, UNKNOWN, OUT OF SERVICE, … */
  monitorState: string;
  /** e.g. "Failure - TCP syn sent, reset received."; undefined when not reported. */
  lastResponse?: string;
}

export const memberMonitorSchema = z
  .object({
    servicegroupname: z.string(),
    servicegroupentname2: optStr,
    port: num,
    monitor_name: optStr,
    monitor_state: optStr,
    lastresponse: optStr,
  })
  .transform((w): NsMemberMonitor => ({
    serviceGroupName: w.servicegroupname,
    serverName: w.servicegroupentname2 || undefined,
    port: w.port,
    monitorName: w.monitor_name ?? "",
    monitorState: (w.monitor_state ?? "").trim().toUpperCase() || "UNKNOWN",
    lastResponse: w.lastresponse?.trim() || undefined,
  }));
