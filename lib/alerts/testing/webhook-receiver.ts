// A loopback HTTP receiver for alert tests: records every request (headers and raw body) and
// answers with the status the test sets.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  json: Record<string, unknown>;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedRequest[];
  /** Statuses to answer with, in order; 200 once they run out. */
  answers: number[];
  /** How long to hold each answer (ms), in order; at once when they run out. */
  delays: number[];
  /** Resolves with the first request (from now on) that `match` accepts. */
  next(match?: (r: ReceivedRequest) => boolean, timeoutMs?: number): Promise<ReceivedRequest>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(host = "127.0.0.1"): Promise<WebhookReceiver> {
  const received: ReceivedRequest[] = [];
  const waiters: Array<{
    match: (r: ReceivedRequest) => boolean;
    resolve: (r: ReceivedRequest) => void;
  }> = [];
  const answers: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const rawBody = Buffer.concat(chunks).toString("utf8");
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(rawBody) as Record<string, unknown>;
      } catch {
        json = {};
      }
      const request = { path: req.url ?? "/", headers: req.headers, rawBody, json };
      received.push(request);
      for (const waiter of [...waiters])
        if (waiter.match(request)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(request);
        }
      res.statusCode = receiver.answers.shift() ?? 200;
      setTimeout(() => res.end("ok"), receiver.delays.shift() ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const receiver: WebhookReceiver = {
    url: `http://${host}:${port}/hooks/alerts-secret-path`,
    received,
    answers,
    delays: [],
    next(match = () => true, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching webhook request within ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (r) => {
            clearTimeout(timer);
            resolve(r);
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}
