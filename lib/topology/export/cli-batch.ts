// CLI batch files for a whole topology: the configuration in apply order ending with a save,
// and the rollback that removes it again in reverse order.
import type { DesiredConfig } from "../compile/desired";
import { cliForCreate, cliForDelete } from "./cli";

export const SAVE_COMMAND = "save ns config";

function file(lines: readonly string[]): string {
  return `${[...lines, SAVE_COMMAND].join("\n")}\n`;
}

export function cliBatch(config: DesiredConfig): string {
  return file(config.objects.map(cliForCreate));
}

/** Unbinds before removes, children before parents: the apply order reversed. */
export function cliRollback(config: DesiredConfig): string {
  return file([...config.objects].reverse().map(cliForDelete));
}
