import type { OpContext } from "../core/context";
import { findRow, num, str } from "../core/rows";
import type { Row } from "../core/store";
import { NitroError } from "../errors";
import type { OperState } from "../health/state-engine";
import type { StatHandler } from "./types";

// stat/lbvserver, stat/servicegroup (?statbindings=yes) and stat/servicegroupmember.

const statState = (s: OperState): string => (s === "OUT OF SERVICE" ? "OFS" : s);

const zeroCounters = (names: string[], rates: string[]): Row =>
  Object.fromEntries([...names.map((n) => [n, "0"]), ...rates.map((r) => [r, 0])]);

const TRAFFIC = zeroCounters(
  [
    "totalrequests",
    "totalresponses",
    "totalrequestbytes",
    "totalresponsebytes",
    "curclntconnections",
    "cursrvrconnections",
    "surgecount",
  ],
  ["requestsrate", "responsesrate", "requestbytesrate", "responsebytesrate"],
);

function lbvserverStat(ctx: OpContext, vs: Row): Row {
  const s = ctx.app.states.vserverSummary(ctx.app.store, ctx.partition, vs, ctx.now);
  return {
    name: vs.name,
    primaryipaddress: str(vs, "ipv46") ?? "0.0.0.0",
    primaryport: num(vs, "port") ?? 0,
    type: vs.servicetype,
    state: statState(s.state),
    vslbhealth: String(s.health),
    actsvcs: String(s.active),
    inactsvcs: String(s.total - s.active),
    establishedconn: "0",
    tothits: "0",
    hitsrate: 0,
    totalpktsrecvd: "0",
    pktsrecvdrate: 0,
    totalpktssent: "0",
    pktssentrate: 0,
    curpersistencesessions: "0",
    svcsurgecount: "0",
    totspillovers: "0",
    ...TRAFFIC,
  };
}

function memberStat(ctx: OpContext, m: Row, composite: boolean): Row {
  const server = findRow(ctx.table("server"), "name", str(m, "servername") ?? "");
  const sg = findRow(
    ctx.table("servicegroup"),
    "servicegroupname",
    str(m, "servicegroupname") ?? "",
  );
  const state = ctx.app.states.memberState(ctx.app.store, ctx.partition, m, ctx.now);
  return {
    // Nested under a group the appliance names a member "<group>?<server>?<port>".
    servicegroupname: composite
      ? `${String(m.servicegroupname)}?${String(m.servername)}?${String(m.port)}`
      : m.servicegroupname,
    servername: composite ? undefined : m.servername,
    port: composite ? undefined : m.port,
    primaryipaddress: str(server, "ipaddress") ?? "0.0.0.0",
    primaryport: m.port,
    servicetype: sg?.servicetype,
    state: statState(state),
    avgsvrttfb: "0",
    svrestablishedconn: "0",
    curreusepool: "0",
    maxclients: "0",
    curload: "0",
    ...TRAFFIC,
  };
}

function groupStat(ctx: OpContext, sg: Row, statbindings: boolean): Row {
  const eff = ctx.app.states.groupEffectiveState(ctx.app.store, ctx.partition, sg, ctx.now);
  const members = ctx.app.states.membersOfGroup(
    ctx.app.store,
    ctx.partition,
    String(sg.servicegroupname),
  );
  const nested = statbindings ? members.map((m) => memberStat(ctx, m, true)) : [];
  return {
    servicegroupname: sg.servicegroupname,
    state: eff === "OUT OF SERVICE" ? "OFS" : eff === "DOWN" ? "DOWN" : "UP",
    servicetype: sg.servicetype,
    servicegroupmember: nested.length > 0 ? nested : undefined,
  };
}

function byName(rows: Row[], key: string, name: string | undefined, code = 258): Row[] {
  if (name === undefined) return rows;
  const hit = rows.filter((r) => r[key] === name);
  if (hit.length === 0) throw new NitroError(code, `${key}, ${name}`);
  return hit;
}

export const lbvserverStats: StatHandler = {
  type: "lbvserver",
  get: (ctx, name) =>
    byName(ctx.table("lbvserver"), "name", name).map((vs) => lbvserverStat(ctx, vs)),
};

export const servicegroupStats: StatHandler = {
  type: "servicegroup",
  get: (ctx, name, { statbindings }) =>
    byName(ctx.table("servicegroup"), "servicegroupname", name).map((sg) =>
      groupStat(ctx, sg, statbindings && name !== undefined),
    ),
};

export const memberStats: StatHandler = {
  type: "servicegroupmember",
  get(ctx, _name, { args }) {
    const sg = args.get("servicegroupname");
    const port = args.get("port");
    if (!sg) throw new NitroError(1095, "serviceGroupName");
    if (!port) throw new NitroError(1095, "port");
    const ip = args.get("ip");
    const server = args.get("servername");
    if (ip && server) throw new NitroError(1092, "serverName, IP");
    if (!ip && !server) throw new NitroError(1095, "serverName");
    const member = ctx.app.states.membersOfGroup(ctx.app.store, ctx.partition, sg).find((m) => {
      if (String(m.port) !== port) return false;
      if (server) return m.servername === server;
      return findRow(ctx.table("server"), "name", str(m, "servername") ?? "")?.ipaddress === ip;
    });
    if (!member) throw new NitroError(258, `serviceGroupName, ${sg}`);
    return [memberStat(ctx, member, false)];
  },
};
