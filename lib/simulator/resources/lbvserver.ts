import type { OpContext } from "../core/context";
import { removeRows, str } from "../core/rows";
import type { Row } from "../core/store";
import { NitroError } from "../errors";
import { ctime, ticksSince } from "../time-format";
import { objectResource } from "./object-resource";
import { checkPersistence, checkPort, checkVipFree, SSL_VSERVER_TYPES } from "./rules";
import { addSslTwin, removeSslTwin } from "./ssl-twin";

const LONG_TIMEOUT_TYPES = new Set(["TCP", "ANY", "SSL_TCP", "UDP", "SSL_BRIDGE"]);

function checkAddress(row: Row): void {
  checkPort(row);
  const hasIp = str(row, "ipv46") !== undefined && row.ipv46 !== "0.0.0.0";
  if (hasIp && row.port === undefined) throw new NitroError(1095, "port");
}

export const lbvserverResource = objectResource({
  type: "lbvserver",
  key: "name",
  required: ["servicetype"],
  addAlso: ["state"],
  // Binding arguments the reference lists as update keys; they never belong on the object.
  updateIgnore: ["servicename", "weight", "order"],
  checkAdd(ctx, row) {
    checkAddress(row);
    checkPersistence(row);
    checkVipFree(ctx, row, "lbvserver");
    row.state ??= "ENABLED";
  },
  afterAdd(ctx, row) {
    if (SSL_VSERVER_TYPES.has(str(row, "servicetype") ?? "")) addSslTwin(ctx, String(row.name));
  },
  checkUpdate(ctx, next) {
    checkPersistence(next);
    checkVipFree(ctx, next, "lbvserver");
  },
  afterDelete(ctx: OpContext, row) {
    removeRows(ctx.table("lbvserver_servicegroup_binding"), (b) => b.name === row.name);
    removeSslTwin(ctx, String(row.name));
  },
  defaults: (_ctx, row) => {
    const clt = LONG_TIMEOUT_TYPES.has(str(row, "servicetype") ?? "") ? 9000 : 180;
    return {
      insertvserveripport: "OFF",
      ipv46: "0.0.0.0",
      ippattern: "0.0.0.0",
      ipmask: "*",
      port: 0,
      range: 1,
      type: "ADDRESS",
      cachetype: "SERVER",
      authentication: "OFF",
      authn401: "OFF",
      clttimeout: clt,
      somethod: "NONE",
      sopersistence: "DISABLED",
      sopersistencetimeout: 2,
      healththreshold: 0,
      lbmethod: "LEASTCONNECTION",
      backuplbmethod: "ROUNDROBIN",
      dataoffset: 0,
      datalength: 0,
      ruletype: 0,
      m: "IP",
      persistencetype: "NONE",
      timeout: 2,
      persistmask: "255.255.255.255",
      v6persistmasklen: 128,
      persistencebackup: "NONE",
      backuppersistencetimeout: 2,
      cacheable: "NO",
      rtspnat: "OFF",
      sessionless: "DISABLED",
      trofspersistence: "ENABLED",
      connfailover: "DISABLED",
      redirectportrewrite: "DISABLED",
      downstateflush: "ENABLED",
      disableprimaryondown: "DISABLED",
      icmpvsrresponse: "PASSIVE",
      rhistate: "PASSIVE",
      appflowlog: "ENABLED",
      rule: "none",
      listenpolicy: "NONE",
      resrule: "none",
      td: 0,
      l2conn: "OFF",
      toggleorder: "ASCENDING",
      skippersistency: "None",
      retainconnectionsoncluster: "NO",
      dns64: "DISABLED",
      bypassaaaa: "NO",
      recursionavailable: "NO",
      processlocal: "DISABLED",
    };
  },
  computed(ctx, row) {
    const s = ctx.app.states.vserverSummary(ctx.app.store, ctx.partition, row, ctx.now);
    return {
      curstate: s.state,
      effectivestate: s.state,
      health: s.health,
      activeservices: s.active,
      totalservices: s.total,
      statechangetimesec: ctime(s.since),
      statechangetimeseconds: Math.floor(s.since / 1000),
      tickssincelaststatechange: ticksSince(s.since, ctx.now),
      isgslb: false,
    };
  },
});
