import { isIPv4 } from "node:net";
import { findRow } from "../core/rows";
import { asObject, normalize, requireFields } from "../core/validate";
import { NitroError } from "../errors";
import { VERSION } from "../core/identity";
import { schemaFor } from "../schema";
import { objectResource } from "./object-resource";
import { render } from "./render-spec";
import type { ResourceHandler } from "./types";

// Appliance-level objects: owned IPs, host name, version, admin partitions.

export const nsipResource = objectResource({
  type: "nsip",
  key: "ipaddress",
  required: ["netmask"],
  checkAdd(_ctx, row) {
    if (!isIPv4(String(row.ipaddress)))
      throw new NitroError(1097, `IPAddress, ${String(row.ipaddress)}`);
    row.type ??= "SNIP";
  },
  checkDelete(_ctx, row, args) {
    if (args.td !== undefined && args.td !== 0) throw new NitroError(258, `td, ${String(args.td)}`);
    if (row.type === "NSIP") throw new NitroError(257, "the NSIP cannot be removed");
  },
  defaults: (_ctx, row) => ({
    td: 0,
    type: "SNIP",
    arp: "ENABLED",
    icmp: "ENABLED",
    vserver: row.type === "VIP" ? "ENABLED" : "DISABLED",
    telnet: "DISABLED",
    ftp: "DISABLED",
    gui: row.type === "NSIP" ? "ENABLED" : "DISABLED",
    ssh: row.type === "NSIP" ? "ENABLED" : "DISABLED",
    snmp: row.type === "NSIP" ? "ENABLED" : "DISABLED",
    mgmtaccess: row.type === "NSIP" ? "ENABLED" : "DISABLED",
    restrictaccess: "DISABLED",
    dynamicrouting: "DISABLED",
    decrementttl: "DISABLED",
    hostroute: "DISABLED",
    networkroute: "DISABLED",
    state: "ENABLED",
    icmpresponse: "NONE",
    arpresponse: "NONE",
    ownerdownresponse: "YES",
    ownernode: 255,
    freeports: 1000000,
  }),
  computed: (_ctx, row) => ({ iptype: [String(row.type ?? "SNIP")] }),
});

const hostnameSchema = schemaFor("nshostname");

export const nshostnameResource: ResourceHandler = {
  type: "nshostname",
  kind: "singleton",
  get: (ctx) => ctx.table("nshostname").map((r) => render(ctx, hostnameSchema, {}, r)),
  update(ctx, input) {
    const patch = normalize(hostnameSchema, input, hostnameSchema.update);
    requireFields(patch, ["hostname"]);
    const table = ctx.table("nshostname");
    const row = table[0];
    if (row) Object.assign(row, patch);
    else table.push(patch);
  },
};

export const nsversionResource: ResourceHandler = {
  type: "nsversion",
  kind: "singleton",
  objectResponse: true,
  get: () => [{ installedversion: false, version: VERSION, mode: "1" }],
};

export const nspartitionResource = objectResource({
  type: "nspartition",
  key: "partitionname",
  stateActions: false,
  checkAdd(ctx, row) {
    if (!/^[A-Za-z0-9_][\w.-]*$/.test(String(row.partitionname))) {
      throw new NitroError(1097, `partitionName, ${String(row.partitionname)}`);
    }
    const ids = ctx.table("nspartition").map((p) => Number(p.partitionid ?? 0));
    row.partitionid = Math.max(0, ...ids) + 1;
  },
  afterAdd: (ctx, row) => ctx.app.store.addPartition(String(row.partitionname)),
  checkDelete(ctx, row) {
    if (row.partitionname === "default") throw new NitroError(257, "default partition");
    if (ctx.app.sessions.inPartition(String(row.partitionname))) {
      throw new NitroError(2757, String(row.partitionname));
    }
  },
  afterDelete: (ctx, row) => ctx.app.store.removePartition(String(row.partitionname)),
  defaults: () => ({ maxbandwidth: 10240, minbandwidth: 10240, maxconn: 1024, maxmemlimit: 10 }),
  actions: {
    // Bound to the login session: with X-NITRO-USER header auth it changes nothing lasting.
    Switch: {
      changesConfig: false,
      run(ctx, input) {
        const body = asObject(input);
        const name = typeof body.partitionname === "string" ? body.partitionname : "";
        if (name === "") throw new NitroError(1095, "partitionName");
        if (!findRow(ctx.table("nspartition"), "partitionname", name)) {
          throw new NitroError(2755, name);
        }
        if (ctx.session) ctx.session.partition = name;
      },
    },
  },
});
