// Starting the simulator for lib/nitro's tests: always on loopback, one connection builder.
import net from "node:net";
import { startSimulator, type RunningSimulator, type SimulatorOptions } from "@/lib/simulator";
import { NitroError } from "../errors";
import type { ApplianceConnection } from "../types";

export type { RunningSimulator };

export function startSim(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  // Long probe interval: these tests force member states instead of probing.
  return startSimulator({ host: "127.0.0.1", port: 0, probeIntervalMs: 60_000, ...options });
}

export function connFor(
  sim: RunningSimulator,
  extra: Partial<ApplianceConnection> = {},
): ApplianceConnection {
  return {
    baseUrl: sim.url,
    username: "nsroot",
    password: "nsroot",
    tls: sim.fingerprint256
      ? { mode: "fingerprint", sha256: sim.fingerprint256 }
      : { mode: "verify" },
    timeoutMs: 5_000,
    ...extra,
  };
}

/** The NitroError a promise rejects with (fails the test if it resolves or throws otherwise). */
export async function rejection(promise: Promise<unknown>): Promise<NitroError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NitroError) return error;
    throw error;
  }
  throw new Error("expected the call to fail with a NitroError");
}

/** A loopback port nothing listens on (bound, then released). */
export function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
