import { parseArgs } from "node:util";
import { isLoopback } from "./health/is-loopback";
import type { SimulatorOptions } from "./index";

// Command line of `npm run sim`; kept apart from scripts/sim.ts so it can be unit-tested.

export const SIM_USAGE = `Usage: npm run sim -- [options]
  --port <n>               listen port (default 9443; 0 = any free port)
  --host <addr>            listen address (default 127.0.0.1)
  --allow-remote           allow a non-loopback --host
  --tls                    serve HTTPS with a self-signed certificate
  --user <name>            NITRO user (default nsroot)
  --password <pw>          NITRO password (default nsroot)
  --state-file <file>      saved config (nsconfig?action=save) survives restarts
  --latency <ms>           add latency to every NITRO response
  --write-error-rate <p>   fail this share (0..1) of config writes
  --secondary              play the HA secondary node (writes refused)
  --ha-pair                play the primary node of an HA pair (a peer in hanode)
  --probe-interval <ms>    loopback member probe interval (default 5000)
  --no-seed                start with a bare appliance
  --control-token <t>      require x-sim-control-token on /__sim/
  --help                   show this help`;

export type SimCli = { help: true } | { help: false; options: SimulatorOptions };

function number(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new Error(`--${name} must be a number between ${min} and ${max} (got "${text}")`);
  }
  return n;
}

export function parseSimArgs(argv: string[]): SimCli {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "allow-remote": { type: "boolean" },
      tls: { type: "boolean" },
      user: { type: "string" },
      password: { type: "string" },
      "state-file": { type: "string" },
      latency: { type: "string" },
      "write-error-rate": { type: "string" },
      secondary: { type: "boolean" },
      "ha-pair": { type: "boolean" },
      "probe-interval": { type: "string" },
      "no-seed": { type: "boolean" },
      "control-token": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) return { help: true };
  const host = values.host ?? "127.0.0.1";
  if (host !== "localhost" && !isLoopback(host) && !values["allow-remote"]) {
    throw new Error(
      `refusing to listen on ${host}: the simulator accepts known default credentials and its ` +
        "/__sim/ control routes can rewrite its state, so it is meant for this machine only. " +
        "Pass --allow-remote (ideally with --control-token) to expose it anyway.",
    );
  }
  return {
    help: false,
    options: {
      port: number("port", values.port, 0, 65535) ?? 9443,
      host,
      tls: values.tls ?? false,
      username: values.user,
      password: values.password,
      stateFile: values["state-file"],
      latencyMs: number("latency", values.latency, 0, 600_000),
      writeErrorRate: number("write-error-rate", values["write-error-rate"], 0, 1),
      secondary: values.secondary ?? false,
      haPair: values["ha-pair"],
      probeIntervalMs: number("probe-interval", values["probe-interval"], 10, 3_600_000),
      seed: !values["no-seed"],
      controlToken: values["control-token"],
    },
  };
}
