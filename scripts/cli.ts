// `npm run cli -- plan|apply <topology.json> …` (see lib/cli/usage.ts or --help).
import { runCli } from "@/lib/cli/main";

const code = await runCli(process.argv.slice(2));
// Exit explicitly: pooled connections and timers must not keep the process alive, but only
// once stdout has been flushed (a pipe reading a JSON plan must get all of it).
process.stdout.write("", () => process.exit(code));
