import { lbvserverStats, memberStats, servicegroupStats } from "./stats-lb";
import { hanodeStats, nsStats } from "./stats-system";
import type { StatHandler } from "./types";

// /nitro/v1/stat/*: states as the stat API spells them (OFS, not OUT OF SERVICE) and 64-bit
// counters as JSON strings like the appliance sends them; rates are numbers.

export const STAT_HANDLERS: ReadonlyMap<string, StatHandler> = new Map(
  [lbvserverStats, servicegroupStats, memberStats, nsStats, hanodeStats].map((h) => [h.type, h]),
);
