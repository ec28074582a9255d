import type { OpContext } from "../core/context";
import { ctime } from "../time-format";
import type { StatHandler } from "./types";

// stat/ns and stat/hanode: the HA role follows the `secondary` fault.

function haMaster(ctx: OpContext): string {
  return ctx.app.faults.settings().secondary ? "SECONDARY" : "PRIMARY";
}

export const nsStats: StatHandler = {
  type: "ns",
  objectResponse: true,
  get: (ctx) => [
    {
      cpuusagepcnt: 2.1,
      rescpuusagepcnt: 1.4,
      mgmtcpuusagepcnt: 0.8,
      pktcpuusagepcnt: 1.2,
      memusagepcnt: 18.6,
      memuseinmb: "1530",
      numcpus: "2",
      starttime: ctime(ctx.app.startedAt),
      starttimelocal: ctime(ctx.app.startedAt),
      transtime: ctime(ctx.app.roleSince),
      hacurstate: "UP",
      hacurmasterstate: haMaster(ctx),
      sslcards: "1",
      sslnumcardsup: "1",
      disk0perusage: "12",
      disk1perusage: "21",
      tcpcurclientconn: "0",
      tcpcurserverconn: "0",
      httptotrequests: "0",
      httprequestsrate: 0,
    },
  ],
};

export const hanodeStats: StatHandler = {
  type: "hanode",
  objectResponse: true,
  get: (ctx) => [
    {
      hacurstatus:
        ctx.app.faults.settings().secondary || ctx.app.faults.settings().haPair ? "YES" : "NO",
      hacurstate: "UP",
      hacurmasterstate: haMaster(ctx),
      transtime: ctime(ctx.app.roleSince),
      hatotpktrx: "0",
      hapktrxrate: 0,
      hatotpkttx: "0",
      hapkttxrate: 0,
      haerrproptimeout: "0",
      haerrsyncfailure: "0",
    },
  ],
};
