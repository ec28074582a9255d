import { NSIP, NSIP_NETMASK, PEER_NSIP } from "../core/identity";
import type { OpContext } from "../core/context";
import type { Row } from "../core/store";
import { asObject, normalize } from "../core/validate";
import { NitroError } from "../errors";
import { schemaFor } from "../schema";
import { ctime } from "../time-format";
import { render } from "./render-spec";
import type { ResourceHandler } from "./types";

// HA node view and the nsconfig singleton (save + unsaved-change indicator). The node's role
// follows the faults: standalone by default (one row, state Primary, as a real standalone box
// reports itself), `haPair` = the primary with a secondary peer, `secondary` = the secondary.

const haSchema = schemaFor("hanode");

function haRows(ctx: OpContext): Row[] {
  const { secondary, haPair } = ctx.app.faults.settings();
  const since = Math.floor((ctx.now - ctx.app.roleSince) / 1000);
  const common = {
    hastatus: "ENABLED",
    hasync: "ENABLED",
    haprop: "ENABLED",
    hellointerval: 200,
    deadinterval: 3,
    failsafe: "OFF",
    maxflips: 0,
    maxfliptime: 0,
    syncstatusstrictmode: "DISABLED",
    netmask: NSIP_NETMASK,
    ssl2: "NOT-AVAILABLE",
    curflips: 0,
    routemonitorstate: "UP",
    hasyncfailurereason: "None",
  };
  const overrides = ctx.table("hanode").find((r) => r.id === 0) ?? {};
  const self = { ...common, ...overrides, id: 0, ipaddress: NSIP, masterstatetime: since };
  if (!secondary && !haPair) return [{ ...self, name: "", state: "Primary" }];
  if (!secondary)
    return [
      { ...self, state: "Primary" },
      { ...common, id: 1, ipaddress: PEER_NSIP, state: "Secondary", masterstatetime: since },
    ];
  return [
    { ...self, state: "Secondary" },
    { ...common, id: 1, ipaddress: PEER_NSIP, state: "Primary", masterstatetime: since },
  ];
}

function inPair(ctx: OpContext): boolean {
  const { secondary, haPair } = ctx.app.faults.settings();
  return secondary || haPair;
}

export const hanodeResource: ResourceHandler = {
  type: "hanode",
  kind: "object",
  key: "id",
  get(ctx, name) {
    const rows = haRows(ctx).map((r) => render(ctx, haSchema, { key: "id" }, r));
    if (name === undefined) return rows;
    const hit = rows.filter((r) => String(r.id) === name);
    if (hit.length === 0) throw new NitroError(258, `id, ${name}`);
    return hit;
  },
  update(ctx, input, name) {
    const patch = normalize(haSchema, input, haSchema.update);
    const id = name !== undefined ? Number(name) : patch.id;
    if (id !== 0) throw new NitroError(258, `id, ${String(id)}`);
    const table = ctx.table("hanode");
    const row = table.find((r) => r.id === 0);
    if (row) Object.assign(row, patch, { id: 0 });
    else table.push({ ...patch, id: 0 });
  },
};

const configSchema = schemaFor("nsconfig");

export const nsconfigResource: ResourceHandler = {
  type: "nsconfig",
  kind: "singleton",
  objectResponse: true,
  get(ctx) {
    const { status } = ctx.app;
    const stored = ctx.table("nsconfig")[0] ?? {};
    const row: Row = {
      ipaddress: NSIP,
      netmask: NSIP_NETMASK,
      nsvlan: 0,
      httpport: [80],
      maxconn: 0,
      maxreq: 0,
      cip: "DISABLED",
      cookieversion: "0",
      securecookie: "ENABLED",
      pmtumin: 576,
      pmtutimeout: 10,
      timezone: "CoordinatedUniversalTime",
      ...stored,
      systemtype: inPair(ctx) ? "HA" : "Stand-alone",
      primaryip: NSIP,
      lastconfigchangedtime: status.lastChangedAt ? ctime(status.lastChangedAt) : undefined,
      lastconfigsavetime: status.lastSavedAt ? ctime(status.lastSavedAt) : undefined,
      currentsytemtime: ctime(ctx.now),
      systemtime: Math.floor(ctx.now / 1000),
      configchanged: status.changed,
    };
    return [render(ctx, configSchema, {}, row)];
  },
  update(ctx, input) {
    const patch = normalize(configSchema, input, configSchema.update);
    const table = ctx.table("nsconfig");
    const row = table[0];
    if (row) Object.assign(row, patch);
    else table.push(patch);
  },
  actions: {
    save: {
      changesConfig: false,
      run(ctx, input) {
        const body = asObject(input ?? {});
        for (const f of Object.keys(body)) {
          if (f !== "all") throw new NitroError(278, f);
        }
        ctx.app.save(ctx.now);
      },
    },
  },
};
