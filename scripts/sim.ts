// `npm run sim`: the built-in NetScaler simulator as a standalone NITRO server on this machine.
import { parseSimArgs, SIM_USAGE } from "../lib/simulator/cli-args";
import { startSimulator } from "../lib/simulator/index";

async function main(): Promise<void> {
  let cli;
  try {
    cli = parseSimArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`sim: ${err instanceof Error ? err.message : String(err)}\n\n${SIM_USAGE}`);
    process.exit(2);
  }
  if (cli.help) {
    console.info(SIM_USAGE);
    return;
  }
  const { options } = cli;
  const sim = await startSimulator(options);
  const lines = [
    `NetScaler simulator listening on ${sim.url}`,
    `  NITRO API:  ${sim.url}/nitro/v1/   (user ${options.username ?? "nsroot"})`,
    `  controls:   ${sim.url}/__sim/state${options.controlToken ? "   (x-sim-control-token required)" : ""}`,
  ];
  if (sim.fingerprint256) lines.push(`  TLS SHA-256 fingerprint: ${sim.fingerprint256}`);
  if (options.stateFile) lines.push(`  saved config: ${options.stateFile}`);
  lines.push("Press Ctrl+C to stop.");
  console.info(lines.join("\n"));

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) process.exit(1); // a second Ctrl+C does not wait
    stopping = true;
    console.info(`\n${signal}: stopping the simulator...`);
    sim.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(`sim: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
