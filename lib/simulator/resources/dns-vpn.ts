import type { OpContext } from "../core/context";
import { findRow, removeRows, str } from "../core/rows";
import type { Row } from "../core/store";
import { coerceArgs, normalize, requireFields } from "../core/validate";
import { NitroError } from "../errors";
import { isIPv4 } from "node:net";
import { schemaFor } from "../schema";
import { bindingResource } from "./binding-resource";
import { objectResource } from "./object-resource";
import { render } from "./render-spec";
import { checkPort, checkVipFree, SSL_VSERVER_TYPES } from "./rules";
import { addSslTwin, removeSslTwin } from "./ssl-twin";
import type { ResourceHandler } from "./types";

// `add dns addRec <host> <ip>`: one record per (host, ip); the URL name is the host name.
// Not on the idempotent=yes list: a repeated add is a 409 like on the appliance.
const dnsSchema = schemaFor("dnsaddrec");

const dnsRender = (ctx: OpContext, row: Row): Row =>
  render(
    ctx,
    dnsSchema,
    { key: "hostname", defaults: () => ({ ttl: 3600, type: "ADNS", authtype: "ALL" }) },
    row,
  );

export const dnsAddRecResource: ResourceHandler = {
  type: "dnsaddrec",
  kind: "object",
  key: "hostname",
  idempotent: false,
  get(ctx, name) {
    const rows = ctx.table("dnsaddrec").filter((r) => name === undefined || r.hostname === name);
    if (name !== undefined && rows.length === 0) throw new NitroError(258, `hostName, ${name}`);
    return rows.map((r) => dnsRender(ctx, r));
  },
  add(ctx, input) {
    const row = normalize(dnsSchema, input, dnsSchema.add);
    requireFields(row, ["hostname", "ipaddress"]);
    if (!isIPv4(String(row.ipaddress)))
      throw new NitroError(1097, `IPAddress, ${String(row.ipaddress)}`);
    const table = ctx.table("dnsaddrec");
    if (table.some((r) => r.hostname === row.hostname && r.ipaddress === row.ipaddress)) {
      throw new NitroError(273, `hostName, ${String(row.hostname)}`);
    }
    table.push(row);
  },
  remove(ctx, name, rawArgs) {
    const args = coerceArgs(dnsSchema, rawArgs);
    const removed = removeRows(
      ctx.table("dnsaddrec"),
      (r) =>
        r.hostname === name && (args.ipaddress === undefined || r.ipaddress === args.ipaddress),
    );
    if (removed === 0) throw new NitroError(258, `hostName, ${name}`);
  },
};

// The NetScaler Gateway vserver ("ag_vs" in the XenMobile setup).
export const vpnvserverResource = objectResource({
  type: "vpnvserver",
  key: "name",
  required: ["servicetype"],
  addAlso: ["state"],
  checkAdd(ctx, row) {
    checkPort(row);
    checkVipFree(ctx, row, "vpnvserver");
    row.state ??= "ENABLED";
  },
  afterAdd(ctx, row) {
    if (SSL_VSERVER_TYPES.has(str(row, "servicetype") ?? "")) addSslTwin(ctx, String(row.name));
  },
  checkUpdate: (ctx, next) => checkVipFree(ctx, next, "vpnvserver"),
  afterDelete(ctx, row) {
    removeRows(ctx.table("vpnvserver_appcontroller_binding"), (b) => b.name === row.name);
    removeSslTwin(ctx, String(row.name));
  },
  defaults: () => ({
    ipv46: "0.0.0.0",
    port: 0,
    range: 1,
    type: "ADDRESS",
    authentication: "ON",
    doublehop: "DISABLED",
    maxaaausers: 0,
    icaonly: "OFF",
    dtls: "ON",
    downstateflush: "ENABLED",
    listenpolicy: "NONE",
    appflowlog: "ENABLED",
    icmpvsrresponse: "PASSIVE",
    rhistate: "PASSIVE",
    loginonce: "OFF",
    advancedepa: "OFF",
    devicecert: "OFF",
    l2conn: "OFF",
    curaaausers: 0,
    curtotalusers: 0,
  }),
  computed: (_ctx, row) => ({ curstate: row.state === "DISABLED" ? "OUT OF SERVICE" : "UP" }),
});

// `bind vpn vserver <vs> -appController <url>` (XenMobile App Controller URL).
export const appControllerBindingResource = bindingResource({
  type: "vpnvserver_appcontroller_binding",
  parentKey: "name",
  required: ["appcontroller"],
  identity: ["appcontroller"],
  checkParent(ctx, name) {
    if (!findRow(ctx.table("vpnvserver"), "name", name)) {
      throw new NitroError(258, `vServerName, ${name}`);
    }
  },
  checkBind(_ctx, row) {
    if (!/^https?:\/\/[^\s/]+/i.test(String(row.appcontroller))) {
      throw new NitroError(1097, `appController, ${String(row.appcontroller)}`);
    }
  },
  unbindRequired: ["appcontroller"],
  key: "name",
  defaults: () => ({ acttype: 1 }),
});
