import type { OpContext } from "../core/context";
import { findRow, removeRows, str } from "../core/rows";
import type { Row } from "../core/store";
import { asObject, normalize, requireFields } from "../core/validate";
import { NitroError } from "../errors";
import { schemaFor } from "../schema";
import { objectResource } from "./object-resource";
import type { ActionSpec } from "./types";

const MEMBERS = "servicegroup_servicegroupmember_binding";
// `set serviceGroup <sg> <server> <port> -weight n`: member attributes changed through the group.
const MEMBER_FIELDS = ["weight", "customserverid", "hashid", "order", "dbsttl", "nameserver"];
const LONG_TIMEOUT_TYPES = new Set(["TCP", "ANY", "SSL_TCP", "UDP", "USER_TCP", "USER_SSL_TCP"]);

function findMember(ctx: OpContext, row: Row): Row {
  const sg = String(row.servicegroupname);
  if (!findRow(ctx.table("servicegroup"), "servicegroupname", sg)) {
    throw new NitroError(258, `serviceGroupName, ${sg}`);
  }
  const member = ctx
    .table(MEMBERS)
    .find(
      (m) => m.servicegroupname === sg && m.servername === row.servername && m.port === row.port,
    );
  if (!member) throw new NitroError(258, `serverName, ${String(row.servername)}`);
  return member;
}

function updateMember(ctx: OpContext, patch: Row): boolean {
  if (patch.servername === undefined && patch.port === undefined) {
    const stray = MEMBER_FIELDS.find((f) => patch[f] !== undefined);
    if (stray) throw new NitroError(1093, `${stray}, serverName`);
    return false;
  }
  requireFields(patch, ["servername", "port"]);
  const member = findMember(ctx, patch);
  for (const [f, v] of Object.entries(patch)) {
    if (MEMBER_FIELDS.includes(f)) member[f] = v;
    else if (!["servicegroupname", "servername", "port"].includes(f)) {
      throw new NitroError(1092, `${f}, serverName`);
    }
  }
  return true;
}

/** enable/disable the whole group, or one member when servername + port are given. */
function stateAction(state: "ENABLED" | "DISABLED"): ActionSpec {
  const schema = schemaFor("servicegroup");
  const allowed = new Set(["servicegroupname", "servername", "port", "delay", "graceful"]);
  return {
    changesConfig: true,
    run(ctx, input) {
      const body = normalize(schema, asObject(input), allowed);
      requireFields(body, ["servicegroupname"]);
      const sg = findRow(
        ctx.table("servicegroup"),
        "servicegroupname",
        String(body.servicegroupname),
      );
      if (!sg) throw new NitroError(258, `serviceGroupName, ${String(body.servicegroupname)}`);
      if (body.servername === undefined) sg.state = state;
      else findMember(ctx, body).state = state;
    },
  };
}

export const servicegroupResource = objectResource({
  type: "servicegroup",
  key: "servicegroupname",
  required: ["servicetype"],
  addAlso: ["state"],
  asNumber: ["clttimeout", "svrtimeout"],
  checkAdd(_ctx, row) {
    row.state ??= "ENABLED";
  },
  customUpdate: updateMember,
  checkDelete(ctx, row) {
    const bound = ctx
      .table("lbvserver_servicegroup_binding")
      .find((b) => b.servicegroupname === row.servicegroupname);
    if (bound) {
      throw new NitroError(
        315,
        `servicegroup ${String(row.servicegroupname)} is bound to lbvserver ${String(bound.name)}`,
      );
    }
  },
  afterDelete(ctx, row) {
    for (const t of [MEMBERS, "servicegroup_lbmonitor_binding"]) {
      removeRows(ctx.table(t), (b) => b.servicegroupname === row.servicegroupname);
    }
  },
  actions: { enable: stateAction("ENABLED"), disable: stateAction("DISABLED") },
  defaults: (_ctx, row) => {
    const long = LONG_TIMEOUT_TYPES.has(str(row, "servicetype") ?? "");
    return {
      numofconnections: 0,
      td: 0,
      maxclient: 0,
      maxreq: 0,
      cacheable: "NO",
      cip: "DISABLED",
      usip: "NO",
      pathmonitor: "NO",
      pathmonitorindv: "NO",
      useproxyport: "YES",
      healthmonitor: "YES",
      sp: "OFF",
      rtspsessionidremap: "OFF",
      clttimeout: long ? 9000 : 180,
      svrtimeout: long ? 9000 : 360,
      cka: "NO",
      tcpb: "NO",
      cmp: "NO",
      maxbandwidth: 0,
      monthreshold: 0,
      downstateflush: "ENABLED",
      appflowlog: "ENABLED",
      autoscale: "DISABLED",
      memberport: 0,
      monconnectionclose: "NONE",
      nodefaultbindings: "NO",
    };
  },
  computed: (ctx, row) => ({
    servicegroupeffectivestate: ctx.app.states.groupEffectiveState(
      ctx.app.store,
      ctx.partition,
      row,
      ctx.now,
    ),
  }),
});
