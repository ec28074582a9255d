import type { OpContext } from "../core/context";
import type { Row } from "../core/store";
import type { Pairs } from "../http/query";
import { lbvserverStats, memberStats, servicegroupStats } from "./stats-lb";
import { hanodeStats, nsStats } from "./stats-system";

// /nitro/v1/stat/*: states as the stat API spells them (OFS, not OUT OF SERVICE) and 64-bit
// counters as JSON strings like the appliance sends them; rates are numbers.

export interface StatHandler {
  type: string;
  objectResponse?: boolean;
  get(
    ctx: OpContext,
    name: string | undefined,
    options: { args: Pairs; statbindings: boolean },
  ): Row[];
}

export const STAT_HANDLERS: ReadonlyMap<string, StatHandler> = new Map(
  [lbvserverStats, servicegroupStats, memberStats, nsStats, hanodeStats].map((h) => [h.type, h]),
);
