import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { setTimeout as sleep } from "node:timers/promises";
import type { Appliance } from "../core/appliance";
import type { SimulatorControl } from "../core/control";
import { NitroError } from "../errors";
import { handleControl } from "./control-routes";
import { parseNitroUrl } from "./nitro-request";
import { handleNitro } from "./nitro-router";
import { sendJson } from "./respond";

const MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface ServerDeps {
  app: Appliance;
  control: SimulatorControl;
  controlToken: string | undefined;
  tls: { keyPem: string; certPem: string } | undefined;
}

class BodyError extends Error {}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new BodyError("request body too large");
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError("request body is not JSON");
  }
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? "/";
  const method = (req.method ?? "GET").toUpperCase();
  let body: unknown;
  try {
    body = await readBody(req);
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const error = new NitroError(1233, text);
    sendJson(res, error.status, error.toBody());
    return;
  }
  if (url === "/__sim" || url.startsWith("/__sim/")) {
    await handleControl(deps.control, deps.controlToken, req, res, body);
    return;
  }
  const nitro = parseNitroUrl(method, url);
  if (!nitro) {
    sendJson(res, 404, { errorcode: 258, message: "No such resource", severity: "ERROR" });
    return;
  }
  const { app } = deps;
  app.counters.record(method, nitro.api, nitro.type);
  const answered = app.counters.begin(method, nitro.api, nitro.type);
  res.once("close", answered);
  // Fault injection happens before any work, as a flaky network or busy box would.
  if (app.faults.expiryDue()) app.sessions.expireAll();
  if (app.faults.shouldDrop()) {
    req.socket.destroy();
    return;
  }
  const { latencyMs } = app.faults.settings();
  if (latencyMs > 0) await sleep(latencyMs);
  if (nitro.api === "config" && method !== "GET" && app.faults.shouldHold(nitro.type)) {
    const held = { method, type: nitro.type, name: nitro.name };
    if ((await app.held.hold(held, Date.now())) === "drop") {
      req.socket.destroy();
      return;
    }
  }
  const reply = handleNitro(app, { req: nitro, body, headers: req.headers }, Date.now());
  if (!res.destroyed) sendJson(res, reply.status, reply.body, reply.headers);
}

export function createSimServer(deps: ServerDeps): Server {
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(deps, req, res).catch((err: unknown) => {
      if (res.headersSent || res.destroyed) return;
      sendJson(res, 500, { errorcode: 1239, message: String(err), severity: "ERROR" });
    });
  };
  const server = deps.tls
    ? createHttpsServer({ key: deps.tls.keyPem, cert: deps.tls.certPem }, listener)
    : createHttpServer(listener);
  server.keepAliveTimeout = 5_000;
  return server;
}
