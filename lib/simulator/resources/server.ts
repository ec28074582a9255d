import { findRow } from "../core/rows";
import { NitroError } from "../errors";
import { isIP } from "node:net";
import { ctime, ticksSince } from "../time-format";
import { objectResource } from "./object-resource";

// `add server <name> <IP>|<domain>`: a member binds to a server; FQDN servers are never resolved.

export const serverResource = objectResource({
  type: "server",
  key: "name",
  addAlso: ["state"],
  checkAdd(ctx, row) {
    if (row.ipaddress !== undefined && row.domain !== undefined) {
      throw new NitroError(1092, "IPAddress, domain");
    }
    if (row.ipaddress === undefined && row.domain === undefined) {
      throw new NitroError(1095, "IPAddress");
    }
    if (typeof row.ipaddress === "string") {
      if (!isIP(row.ipaddress)) throw new NitroError(1097, `IPAddress, ${row.ipaddress}`);
      const clash = findRow(ctx.table("server"), "ipaddress", row.ipaddress);
      if (clash) throw new NitroError(1335, `${row.ipaddress} is server ${String(clash.name)}`);
    }
    row.state ??= "ENABLED";
    row.createdat = ctx.now;
  },
  checkUpdate(ctx, next, current) {
    if (typeof next.ipaddress !== "string" || next.ipaddress === current.ipaddress) return;
    if (!isIP(next.ipaddress)) throw new NitroError(1097, `IPAddress, ${next.ipaddress}`);
    if (current.domain !== undefined) throw new NitroError(278, "ipaddress");
    const clash = findRow(ctx.table("server"), "ipaddress", next.ipaddress);
    if (clash) throw new NitroError(1335, `${next.ipaddress} is server ${String(clash.name)}`);
  },
  checkDelete(ctx, row) {
    const member = ctx
      .table("servicegroup_servicegroupmember_binding")
      .find((m) => m.servername === row.name);
    if (member) {
      throw new NitroError(
        1070,
        `server ${String(row.name)} is bound to servicegroup ${String(member.servicegroupname)}`,
      );
    }
  },
  hidden: ["createdat"],
  defaults: (_ctx, row) => ({
    ipaddress: row.domain === undefined ? undefined : "0.0.0.0",
    td: 0,
    ipv6address: "NO",
    translationip: "0.0.0.0",
    translationmask: "0.0.0.0",
  }),
  computed: (ctx, row) => {
    const since = typeof row.createdat === "number" ? row.createdat : ctx.now;
    return {
      statechangetimesec: ctime(since),
      tickssincelaststatechange: ticksSince(since, ctx.now),
    };
  },
});
