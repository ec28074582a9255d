// The supervisor's policy, with stand-in servers: restart on the same port, watch the new
// server too, give up after the last attempt, and never restart once the app is stopping.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EmbeddedDatabase } from "@/lib/db/embedded-postgres";
import { superviseEmbeddedPostgres } from "@/lib/db/embedded-postgres-supervisor";
import { log } from "@/lib/log";

interface FakeServer extends EmbeddedDatabase {
  crash(): void;
  stopped: boolean;
}

function fakeServer(port: number): FakeServer {
  let listener: ((output: string) => void) | undefined;
  const server: FakeServer = {
    url: `postgresql://127.0.0.1:${port}/db`,
    port,
    stopped: false,
    onUnexpectedExit: (next) => (listener = next),
    stop: async () => {
      server.stopped = true;
    },
    crash: () => listener?.("LOG:  something\n"),
  };
  return server;
}

const errors: string[] = [];
beforeEach(() => {
  errors.length = 0;
  vi.spyOn(log, "error").mockImplementation((message: string) => void errors.push(message));
  vi.spyOn(log, "warn").mockImplementation(() => undefined);
  vi.spyOn(log, "info").mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe("superviseEmbeddedPostgres", () => {
  it("restarts a server that exits unexpectedly on the same port, and keeps watching", async () => {
    const first = fakeServer(41_234);
    const started: FakeServer[] = [];
    const restart = vi.fn(async (port: number) => {
      const next = fakeServer(port);
      started.push(next);
      return next;
    });
    const onGiveUp = vi.fn();
    const supervised = superviseEmbeddedPostgres(first, { restart, onGiveUp, delaysMs: [10] });

    first.crash();
    await expect.poll(() => started.length).toBe(1);
    expect(restart).toHaveBeenLastCalledWith(41_234);
    expect(errors.join("\n")).toMatch(/exited unexpectedly/);

    started[0]?.crash();
    await expect.poll(() => started.length).toBe(2);

    await supervised.stop();
    expect(started[1]?.stopped).toBe(true);
    expect(onGiveUp).not.toHaveBeenCalled();
  });

  it("gives up after the last failed attempt, so the launcher can exit non-zero", async () => {
    const first = fakeServer(41_235);
    const restart = vi.fn(async () => {
      throw new Error("could not bind IPv4 address");
    });
    const onGiveUp = vi.fn();
    superviseEmbeddedPostgres(first, { restart, onGiveUp, delaysMs: [5, 5, 5] });

    first.crash();
    await expect.poll(() => onGiveUp.mock.calls.length).toBe(1);
    expect(restart).toHaveBeenCalledTimes(3);
    expect(onGiveUp.mock.calls[0]?.[0]).toMatch(
      /could not be restarted after 3 attempts \(last: could not bind IPv4 address\)/,
    );
  });

  it("takes an exit after stopping() as expected: no restart, no alarm", async () => {
    const first = fakeServer(41_237);
    const restart = vi.fn(async (port: number) => fakeServer(port));
    const supervised = superviseEmbeddedPostgres(first, {
      restart,
      onGiveUp: vi.fn(),
      delaysMs: [5],
    });
    supervised.stopping();
    first.crash();
    await supervised.stop();
    expect(restart).not.toHaveBeenCalled();
    expect(errors).toEqual([]);
  });

  it("does not restart once the app is stopping", async () => {
    const first = fakeServer(41_236);
    const restart = vi.fn(async (port: number) => fakeServer(port));
    const supervised = superviseEmbeddedPostgres(first, {
      restart,
      onGiveUp: vi.fn(),
      delaysMs: [60_000],
    });
    first.crash();
    const stopping = Date.now();
    await supervised.stop();
    expect(Date.now() - stopping).toBeLessThan(1_000);
    expect(restart).not.toHaveBeenCalled();
    expect(first.stopped).toBe(true);
  });
});
