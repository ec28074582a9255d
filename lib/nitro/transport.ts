// One HTTP exchange with a deadline. Knows nothing about NITRO sessions; its only judgement is
// whether a failed request can have reached the appliance (requestSent), which decides
// whether a write may be retried.
import http from "node:http";
import https from "node:https";
import { kindForSocketError } from "./error-map";
import { NitroError, plainCause, type NitroMethod } from "./errors";
import type { NitroAgent } from "./agent";
import type { Endpoint } from "./url";

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HttpRequest {
  method: NitroMethod;
  /** Path starting with /nitro/v1/… (the endpoint prefix is added here). */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export function sendRequest(
  endpoint: Endpoint,
  agent: NitroAgent,
  req: HttpRequest,
): Promise<HttpResponse> {
  const payload = req.body === undefined ? undefined : JSON.stringify(req.body);
  const headers: Record<string, string> = { Accept: "application/json", ...req.headers };
  if (payload !== undefined) {
    headers["Content-Type"] = "application/json";
    headers["Content-Length"] = String(Buffer.byteLength(payload));
  }
  const request = endpoint.protocol === "https:" ? https.request : http.request;

  return new Promise<HttpResponse>((resolve, reject) => {
    let connected = false;
    let settled = false;
    const finish = (error: Error | null, response?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else if (response) resolve(response);
    };

    const outgoing = request({
      protocol: endpoint.protocol,
      hostname: endpoint.hostname,
      port: endpoint.port,
      path: `${endpoint.prefix}${req.path}`,
      method: req.method,
      headers,
      agent,
    });

    const timer = setTimeout(() => {
      const error = new NitroError(
        "timeout",
        `No answer from ${endpoint.origin} within ${req.timeoutMs} ms`,
        { requestSent: connected, code: "ETIMEDOUT" },
      );
      finish(error);
      outgoing.destroy();
    }, req.timeoutMs);

    outgoing.on("socket", (socket) => {
      // A TLS socket arrives already verified; a plain one may still be connecting.
      if (!socket.connecting) connected = true;
      else socket.once("connect", () => (connected = true));
    });

    outgoing.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          finish(new NitroError("bad_response", "NITRO response too large", { requestSent: true }));
          outgoing.destroy();
          return;
        }
        chunks.push(chunk);
      });
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        finish(null, { status: res.statusCode ?? 0, headers: res.headers, text });
      });
      res.on("error", (err) => finish(socketError(err, true, endpoint)));
    });

    // Once connected the request counts as sent, even on a reused keep-alive socket that the
    // server reset: we cannot prove it was not processed, so a write is never resent. The
    // agent's short idle timeout keeps such stale sockets rare.
    outgoing.on("error", (err) => finish(socketError(err, connected, endpoint)));

    outgoing.end(payload);
  });
}

function errorCode(err: Error): string | undefined {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function socketError(err: Error, requestSent: boolean, endpoint: Endpoint): NitroError {
  if (err instanceof NitroError) return err; // trust decisions from the agent
  const code = errorCode(err);
  const kind = kindForSocketError(code);
  const where = endpoint.origin;
  const message =
    kind === "dns"
      ? `Host name in ${where} could not be resolved (${code})`
      : kind === "tls"
        ? `TLS connection to ${where} failed: ${err.message}`
        : requestSent
          ? `Connection to ${where} broke off: ${err.message}`
          : `Cannot connect to ${where}: ${err.message}`;
  return new NitroError(kind, message, { requestSent, code, cause: plainCause(err) });
}
