import type { Appliance } from "../core/appliance";
import { operationContext } from "../core/context";
import type { Row } from "../core/store";
import { asNitroError, NitroError } from "../errors";
import { CONFIG_HANDLERS } from "../resources/registry";
import { STAT_HANDLERS } from "../resources/stats";
import { authenticate, login, logout } from "./auth";
import { configWrite } from "./config-write";
import type { NitroCall, NitroRequest } from "./nitro-request";
import { applyAttrs, applyFilter, applyPaging } from "./query";
import { errorReply, type NitroReply } from "./reply";
import { DONE, listEnvelope } from "./respond";

function readReply(req: NitroRequest, rows: Row[], objectResponse: boolean): NitroReply {
  const filtered = applyFilter(rows, req.filter);
  if (req.count)
    return { status: 200, body: { ...DONE, [req.type]: [{ __count: filtered.length }] } };
  const shaped = applyAttrs(applyPaging(filtered, req.pagesize, req.pageno), req.attrs);
  return { status: 200, body: listEnvelope(req.type, shaped, objectResponse) };
}

function dispatch(app: Appliance, call: NitroCall, now: number): NitroReply {
  const { req } = call;
  if (req.api === "config" && req.type === "login" && req.method === "POST") {
    return login(app, call.body, now);
  }
  const auth = authenticate(app, call.headers, now);
  if (!auth.ok) return errorReply(auth.error);
  if (req.api === "config" && req.type === "logout" && req.method === "POST") {
    return logout(app, auth.session);
  }
  const ctx = operationContext(app, auth.session, now);
  if (req.api === "stat") {
    if (req.method !== "GET") throw new NitroError(1237);
    const stat = STAT_HANDLERS.get(req.type);
    if (!stat) throw new NitroError(1232, req.type);
    const rows = stat.get(ctx, req.name, { args: req.args, statbindings: req.statbindings });
    return readReply(req, rows, stat.objectResponse === true);
  }
  const handler = CONFIG_HANDLERS.get(req.type);
  if (!handler) throw new NitroError(1232, req.type);
  if (req.method === "GET") {
    const rows = handler.get(ctx, req.name, { args: req.args, bulk: req.bulkbindings });
    return readReply(req, rows, handler.objectResponse === true);
  }
  return configWrite(app, ctx, call, handler);
}

export function handleNitro(app: Appliance, call: NitroCall, now: number): NitroReply {
  try {
    return dispatch(app, call, now);
  } catch (err) {
    return errorReply(asNitroError(err));
  } finally {
    // Time state transitions caused by this request (e.g. a disable) at the request itself.
    if (app.status.lastChangedAt === now) app.states.refreshAll(app.store, now);
  }
}
