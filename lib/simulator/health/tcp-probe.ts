import { createConnection } from "node:net";
import { isLoopback, loopbackConnectHost } from "./is-loopback";

/** Resolves true when a TCP handshake with host:port completes (like the tcp-default monitor). */
export type ProbeFn = (host: string, port: number, timeoutMs: number) => Promise<boolean>;

export class NonLoopbackProbeError extends Error {}

export const probeTcp: ProbeFn = (host, port, timeoutMs) => {
  // Defence in depth: callers already filter with isLoopback, but this is the only place a socket
  // is opened, so it refuses on its own too.
  if (!isLoopback(host)) {
    return Promise.reject(new NonLoopbackProbeError(`refusing to probe ${host}: not loopback`));
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) return Promise.resolve(false);
  return new Promise((resolve) => {
    const socket = createConnection({
      host: loopbackConnectHost(host),
      port,
      timeout: timeoutMs,
      // An IP literal never needs a lookup; fail loudly rather than resolve anything.
      lookup: (_name, _opts, callback) => callback(new Error("DNS lookups are disabled"), "", 4),
    });
    const finish = (up: boolean): void => {
      socket.removeAllListeners();
      socket.on("error", () => undefined);
      socket.destroy();
      resolve(up);
    };
    socket.once("connect", () => finish(true));
    socket.once("timeout", () => finish(false));
    socket.once("error", () => finish(false));
  });
};
