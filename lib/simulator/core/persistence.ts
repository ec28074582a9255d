import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import type { ConfigData } from "./store";

// "save ns config": the saved configuration is what a restart (reboot) comes back with.

const FORMAT = "netscaler-simulator/1";

const savedSchema = z.object({
  format: z.literal(FORMAT),
  savedAt: z.number(),
  config: z.object({
    partitions: z.record(
      z.string(),
      z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
    ),
  }),
});

export interface SavedState {
  savedAt: number;
  config: ConfigData;
}

export function loadSavedState(file: string): SavedState | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = savedSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(`simulator state file ${file} is not a saved simulator configuration`);
  }
  return { savedAt: parsed.data.savedAt, config: parsed.data.config };
}

/** Writes beside the target and renames over it, so a crash never leaves half a file. */
export function writeSavedState(file: string, state: SavedState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ format: FORMAT, ...state }, null, 1), { mode: 0o600 });
  renameSync(tmp, file);
}
