import type { OpContext } from "../core/context";
import { findRow, num, str } from "../core/rows";
import type { Row } from "../core/store";
import { NitroError } from "../errors";
import { isIP } from "node:net";
import { ctime, ticksSince } from "../time-format";
import { bindingResource } from "./binding-resource";
import { checkPort } from "./rules";

// `bind serviceGroup <sg> <server>|<IP> <port>`. A member is (group, server, port); binding by
// IP uses (or auto-creates) a server object named after the IP, as the appliance does.

function checkGroup(ctx: OpContext, sg: string): Row {
  const group = findRow(ctx.table("servicegroup"), "servicegroupname", sg);
  if (!group) throw new NitroError(258, `serviceGroupName, ${sg}`);
  return group;
}

function serverForIp(ctx: OpContext, ip: string): string {
  if (!isIP(ip)) throw new NitroError(1097, `IP, ${ip}`);
  const servers = ctx.table("server");
  const existing = findRow(servers, "ipaddress", ip) ?? findRow(servers, "name", ip);
  if (existing) return String(existing.name);
  servers.push({ name: ip, ipaddress: ip, state: "ENABLED", createdat: ctx.now });
  return ip;
}

function checkSelector(args: Row): void {
  if (args.ip !== undefined && args.servername !== undefined) {
    throw new NitroError(1092, "serverName, IP");
  }
  if (args.ip === undefined && args.servername === undefined) {
    throw new NitroError(1095, "serverName");
  }
}

export const memberBindingResource = bindingResource({
  type: "servicegroup_servicegroupmember_binding",
  parentKey: "servicegroupname",
  required: ["port"],
  identity: ["servername", "port"],
  checkParent: (ctx, sg) => void checkGroup(ctx, sg),
  checkBind(ctx, row) {
    checkSelector(row);
    checkPort(row);
    if (num(row, "port") === 0) throw new NitroError(1097, "port, 0");
    const { ip, ...rest } = row;
    if (typeof ip === "string") return { ...rest, servername: serverForIp(ctx, ip), byip: true };
    const server = str(row, "servername") ?? "";
    if (!findRow(ctx.table("server"), "name", server)) {
      throw new NitroError(258, `serverName, ${server}`);
    }
    return row;
  },
  unbindRequired: ["port"],
  checkUnbindArgs: checkSelector,
  matchUnbind(ctx, row, args) {
    if (row.port !== args.port) return false;
    if (args.servername !== undefined) return row.servername === args.servername;
    const server = findRow(ctx.table("server"), "name", str(row, "servername") ?? "");
    return server?.ipaddress === args.ip;
  },
  key: "servicegroupname",
  hidden: ["byip"],
  defaults: () => ({
    weight: 1,
    customserverid: "None",
    serverid: 0,
    state: "ENABLED",
    hashid: 0,
    graceful: "NO",
    delay: 0,
    nameserver: "0.0.0.0",
    dbsttl: 0,
    orderstr: "Default",
  }),
  asNumber: ["delay"],
  computed(ctx, row) {
    const states = ctx.app.states;
    const server = findRow(ctx.table("server"), "name", str(row, "servername") ?? "");
    const svrstate = states.memberState(ctx.app.store, ctx.partition, row, ctx.now);
    const since = states.memberSince(ctx.partition, row, ctx.now);
    return {
      ip: str(server, "ipaddress") ?? "0.0.0.0",
      svrstate,
      statechangetimesec: ctime(since),
      tickssincelaststatechange: ticksSince(since, ctx.now),
    };
  },
});
