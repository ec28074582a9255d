import { Appliance } from "./core/appliance";
import { createControl, type SimulatorControl } from "./core/control";
import { probeKey } from "./health/state-engine";
import { Prober } from "./health/prober";
import { probeTcp, type ProbeFn } from "./health/tcp-probe";
import { createSimServer } from "./http/server";
import { resolveTls } from "./tls";
import { str } from "./core/rows";

export interface SimulatorOptions {
  /** 0 = random free port (default 0). */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
  tls?: boolean | { keyPem: string; certPem: string };
  /** Default "nsroot". */
  username?: string;
  /** Default "nsroot". */
  password?: string;
  /** Seed a plausible appliance (SNIPs, certificates, a Gateway vserver). Default true. */
  seed?: boolean;
  /** Saved config (nsconfig?action=save) survives restarts. */
  stateFile?: string;
  /** Loopback member probes, default 5000. */
  probeIntervalMs?: number;
  /** When set, /__sim/ requires the header x-sim-control-token. */
  controlToken?: string;
  latencyMs?: number;
  writeErrorRate?: number;
  secondary?: boolean;
  /** Play one node of an HA pair (the primary unless `secondary`); default standalone. */
  haPair?: boolean;
  /** Test seam: replaces the TCP probe (it is only ever called for loopback addresses). */
  probe?: ProbeFn;
}

export interface RunningSimulator {
  /** e.g. "https://127.0.0.1:43123" (no trailing slash, no /nitro/v1). */
  url: string;
  port: number;
  certPem?: string;
  fingerprint256?: string;
  control: SimulatorControl;
  /** Stops server, probes and timers; resolves when the port is free. */
  close(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const host = options.host ?? "127.0.0.1";
  const app = new Appliance(
    {
      username: options.username ?? "nsroot",
      password: options.password ?? "nsroot",
      seed: options.seed ?? true,
      stateFile: options.stateFile,
    },
    Date.now(),
  );
  app.setFaults(
    {
      latencyMs: options.latencyMs ?? 0,
      writeErrorRate: options.writeErrorRate ?? 0,
      secondary: options.secondary ?? false,
      haPair: options.haPair ?? false,
    },
    Date.now(),
  );
  const prober = new Prober({
    intervalMs: options.probeIntervalMs ?? 5000,
    targets: () => app.states.probeTargets(app.store),
    probe: options.probe ?? probeTcp,
    onResult: (t, up) => app.states.probes.set(probeKey(t.host, t.port), up),
    onCycle: () => app.states.refreshAll(app.store, Date.now()),
  });
  app.onConfigChange = () => prober.kick();
  const control = createControl(app, () => prober.runOnce());

  const hostname = str(app.store.table("default", "nshostname")[0], "hostname") ?? "netscaler";
  const tls = options.tls
    ? await resolveTls(
        options.tls === true ? undefined : options.tls,
        hostname,
        host,
        options.stateFile,
      )
    : undefined;
  const server = createSimServer({ app, control, controlToken: options.controlToken, tls });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  prober.start();
  void prober.runOnce();

  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error("simulator did not bind a port");
  const { port } = address;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `${tls ? "https" : "http"}://${urlHost}:${port}`,
    port,
    certPem: tls?.certPem,
    fingerprint256: tls?.fingerprint256,
    control,
    async close() {
      app.held.release("drop");
      await prober.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type {
  SimulatorControl,
  SimulatorSnapshot,
  MemberStateRequest,
  VserverStateRequest,
} from "./core/control";
export type { FaultSettings, FaultPatch } from "./core/faults";
export type { HeldRelease, HeldRequestView } from "./core/held-requests";
export type { CounterSnapshot, RequestSpan } from "./core/counters";
export { countWaves } from "./core/counters";
export { isLoopback } from "./health/is-loopback";
