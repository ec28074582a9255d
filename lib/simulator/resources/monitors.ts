import type { OpContext } from "../core/context";
import { BUILTIN_MONITORS } from "../core/builtin-monitors";
import { findRow, str } from "../core/rows";
import { NitroError } from "../errors";
import { bindingResource } from "./binding-resource";
import { objectResource } from "./object-resource";

// Monitors and their service-group bindings. The built-in monitors exist on every appliance and
// cannot be removed. The simulator's probes behave like tcp-default whatever is bound.

const builtin = new Set(BUILTIN_MONITORS.map(([name]) => name));

export const lbmonitorResource = objectResource({
  type: "lbmonitor",
  key: "monitorname",
  required: ["type"],
  stateActions: false,
  checkUpdate(_ctx, next, current) {
    // `type` travels with an update only to identify the monitor; it cannot change.
    if (next.type !== current.type) throw new NitroError(278, "type");
    if (builtin.has(String(current.monitorname))) throw new NitroError(257, "built-in monitor");
  },
  checkDelete(ctx, row, args) {
    if (args.type !== undefined && args.type !== row.type) {
      throw new NitroError(258, `type, ${String(args.type)}`);
    }
    if (builtin.has(String(row.monitorname))) throw new NitroError(257, "built-in monitor");
    const bound = ctx
      .table("servicegroup_lbmonitor_binding")
      .find((b) => b.monitor_name === row.monitorname);
    if (bound) throw new NitroError(2131, `servicegroup ${String(bound.servicegroupname)}`);
  },
  defaults: (_ctx, row) => {
    const http = ["HTTP", "HTTP-ECV"].includes(str(row, "type") ?? "");
    return {
      interval: 5,
      units3: "SEC",
      resptimeout: 2,
      units4: "SEC",
      retries: 3,
      downtime: 30,
      units2: "SEC",
      successretries: 1,
      failureretries: 0,
      alertretries: 0,
      deviation: 0,
      destport: 0,
      lrtm: "DISABLED",
      state: "ENABLED",
      reverse: "NO",
      transparent: "NO",
      iptunnel: "NO",
      tos: "NO",
      secure: ["tcps", "https", "tcps-ecv", "https-ecv"].includes(str(row, "monitorname") ?? "")
        ? "YES"
        : "NO",
      respcode: http ? ["200"] : undefined,
      httprequest: http ? "HEAD /" : undefined,
    };
  },
  asNumber: ["deviation"],
});

export const monitorBindingResource = bindingResource({
  type: "servicegroup_lbmonitor_binding",
  parentKey: "servicegroupname",
  required: ["monitor_name"],
  identity: ["monitor_name"],
  checkParent(ctx: OpContext, sg: string) {
    if (!findRow(ctx.table("servicegroup"), "servicegroupname", sg)) {
      throw new NitroError(258, `serviceGroupName, ${sg}`);
    }
  },
  checkBind(ctx, row) {
    const name = str(row, "monitor_name") ?? "";
    if (!findRow(ctx.table("lbmonitor"), "monitorname", name)) {
      throw new NitroError(258, `monitorName, ${name}`);
    }
  },
  unbindRequired: ["monitor_name"],
  key: "servicegroupname",
  defaults: () => ({ monweight: 1, monstate: "ENABLED", weight: 1, passive: false }),
});
