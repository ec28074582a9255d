import type { Appliance } from "../core/appliance";
import type { OpContext } from "../core/context";
import { asObject } from "../core/validate";
import { NitroError } from "../errors";
import type { ResourceHandler } from "../resources/types";
import { runWrite } from "./bulk";
import type { NitroCall } from "./nitro-request";
import type { NitroReply } from "./reply";

// POST (add / ?action=), PUT (update, or bind for *_binding) and DELETE (remove / unbind).

/** The `{"<type>": {...} | [...]}` part of a write body. */
function payloadOf(type: string, body: unknown, optional: boolean): unknown {
  if (body === undefined && optional) return {};
  const value = asObject(body)[type];
  if (value === undefined) {
    if (optional) return {};
    throw new NitroError(1233, `expected a "${type}" object`);
  }
  return value;
}

/** A path name (PUT /config/<binding>/<name>) fills the key when the body leaves it out. */
function withPathKey(item: unknown, key: string | undefined, name: string | undefined): unknown {
  if (
    !key ||
    name === undefined ||
    typeof item !== "object" ||
    item === null ||
    Array.isArray(item)
  ) {
    return item;
  }
  return key in item ? item : { ...item, [key]: name };
}

export function configWrite(
  app: Appliance,
  ctx: OpContext,
  call: NitroCall,
  h: ResourceHandler,
): NitroReply {
  const { req, body, headers } = call;
  const onerrorHeader = headers["x-nitro-onerror"];
  const base = {
    app,
    type: req.type,
    now: ctx.now,
    onerror: Array.isArray(onerrorHeader) ? onerrorHeader[0] : onerrorHeader,
  };
  const unsupported = (): NitroError => new NitroError(1240, `${req.method} ${req.type}`);
  const idempotent = req.idempotent && h.idempotent !== false;
  if (req.method === "POST" && req.action !== undefined) {
    const action = h.actions?.[req.action];
    if (!action) throw new NitroError(1240, req.action);
    const payload = payloadOf(req.type, body, !action.changesConfig);
    return runWrite({
      ...base,
      payload,
      rollbackable: false,
      successStatus: 200,
      changesConfig: action.changesConfig,
      exec: (item) => action.run(ctx, item),
    });
  }
  const bind = h.kind === "binding" && (req.method === "POST" || req.method === "PUT");
  if (req.method === "POST" || bind) {
    const add = h.add;
    if (!add) throw unsupported();
    return runWrite({
      ...base,
      payload: payloadOf(req.type, body, false),
      rollbackable: true,
      successStatus: 201,
      changesConfig: true,
      exec: (item) => add(ctx, withPathKey(item, h.key, req.name), idempotent),
    });
  }
  if (req.method === "PUT") {
    const update = h.update;
    if (!update) throw unsupported();
    return runWrite({
      ...base,
      payload: payloadOf(req.type, body, false),
      rollbackable: false,
      successStatus: 200,
      changesConfig: true,
      exec: (item) => update(ctx, item, req.name),
    });
  }
  if (req.method === "DELETE") {
    const remove = h.remove;
    if (!remove) throw unsupported();
    const name = req.name;
    if (name === undefined) throw new NitroError(1095, h.key ?? "name");
    return runWrite({
      ...base,
      payload: undefined,
      rollbackable: false,
      successStatus: 200,
      changesConfig: true,
      exec: () => remove(ctx, name, req.args),
    });
  }
  throw new NitroError(1237);
}
