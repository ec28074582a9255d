// The launcher's HTTP server (scripts/start.ts): every request reaches Next with exactly one
// X-Forwarded-For value, the client address resolved against the configured proxies, so
// sign-in throttling and the audit log (lib/server/client-address.ts) never see what a
// client wrote there itself.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { resolveClientAddress, type ProxyTrust } from "@/lib/server/proxy-trust";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function withClientAddress(req: IncomingMessage, trust: ProxyTrust): void {
  req.headers["x-forwarded-for"] = resolveClientAddress({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trust,
  });
}

export function createAppHttpServer(handle: RequestHandler, trust: ProxyTrust): Server {
  return createServer((req, res) => {
    withClientAddress(req, trust);
    void handle(req, res);
  });
}
