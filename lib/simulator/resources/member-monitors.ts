import type { OpContext } from "../core/context";
import { findRow, num, str } from "../core/rows";
import type { Row } from "../core/store";
import { NitroError } from "../errors";
import { monitorReading } from "../health/monitor-reading";
import type { ResourceHandler } from "./types";

// servicegroup_servicegroupentitymonbindings_binding (read-only): one row per member and monitor
// bound to its group (tcp-default when none is), with the monitor's state and last response.
// `servicegroupentname2` carries the member's server name, as appliances fill it.

const DEFAULT_MONITOR = "tcp-default";

function rowsOfGroup(ctx: OpContext, sg: string): Row[] {
  const states = ctx.app.states;
  const bound = ctx
    .table("servicegroup_lbmonitor_binding")
    .filter((b) => b.servicegroupname === sg)
    .map((b) => str(b, "monitor_name") ?? DEFAULT_MONITOR);
  const monitors = bound.length > 0 ? bound : [DEFAULT_MONITOR];
  return states.membersOfGroup(ctx.app.store, ctx.partition, sg).flatMap((m) => {
    const reading = monitorReading(states, ctx.app.store, ctx.partition, m, ctx.now);
    const failed = reading.state === "DOWN";
    return monitors.map((monitor) => ({
      servicegroupname: sg,
      servicegroupentname2: str(m, "servername"),
      port: num(m, "port"),
      monitor_name: monitor,
      monitor_state: reading.state,
      passive: false,
      monitortotalprobes: 0,
      monitortotalfailedprobes: 0,
      monitorcurrentfailedprobes: failed ? 1 : 0,
      lastresponse: reading.lastResponse,
      responsetime: 0,
      weight: num(m, "weight") ?? 1,
      customserverid: str(m, "customserverid") ?? "None",
      serverid: num(m, "serverid") ?? 0,
      state: str(m, "state") ?? "ENABLED",
      hashid: num(m, "hashid") ?? 0,
    }));
  });
}

export const memberMonitorResource: ResourceHandler = {
  type: "servicegroup_servicegroupentitymonbindings_binding",
  kind: "binding",
  key: "servicegroupname",
  get(ctx, name, { bulk }) {
    if (name === undefined) {
      if (!bulk) throw new NitroError(1095, "serviceGroupName");
      return ctx
        .table("servicegroup")
        .flatMap((g) => rowsOfGroup(ctx, str(g, "servicegroupname") ?? ""));
    }
    if (!findRow(ctx.table("servicegroup"), "servicegroupname", name)) {
      throw new NitroError(258, `serviceGroupName, ${name}`);
    }
    return rowsOfGroup(ctx, name);
  },
};
