// A scriptable loopback HTTP server for the few cases the simulator cannot produce on demand
// (a session that expires again right after re-login, a non-NITRO web server, a reply that
// echoes secrets). Everything else is tested against lib/simulator.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  method: string;
  url: string;
  cookie?: string;
  body: string;
}

export interface FakeReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeNitro {
  url: string;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export async function startFakeNitro(
  handle: (req: FakeRequest) => FakeReply | Promise<FakeReply>,
): Promise<FakeNitro> {
  const requests: FakeRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const fake: FakeRequest = {
        method: req.method ?? "GET",
        url: req.url ?? "/",
        cookie: req.headers.cookie,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(fake);
      void Promise.resolve(handle(fake)).then((reply) => {
        const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
        res.writeHead(reply.status, { "Content-Type": "application/json", ...reply.headers });
        res.end(text);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const loginOk = (token: string): FakeReply => ({
  status: 201,
  body: { errorcode: 0, message: "Done", severity: "NONE", sessionid: token },
  headers: { "Set-Cookie": `NITRO_AUTH_TOKEN=${token}; path=/nitro/v1` },
});
