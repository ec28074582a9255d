import type { Appliance } from "./appliance";
import type { Session } from "./sessions";
import { DEFAULT_PARTITION, type Row } from "./store";

/** Everything one NITRO operation may touch: the appliance, the caller's partition and time. */
export interface OpContext {
  readonly app: Appliance;
  readonly partition: string;
  readonly now: number;
  readonly session: Session | undefined;
  table(type: string): Row[];
}

/** The context of one operation by a session (its partition, or the default one if gone). */
export function operationContext(
  app: Appliance,
  session: Session | undefined,
  now: number,
): OpContext {
  let partition = session?.partition ?? DEFAULT_PARTITION;
  if (!app.store.hasPartition(partition)) partition = DEFAULT_PARTITION;
  return {
    app,
    partition,
    now,
    session,
    table: (type) => app.store.table(partition, type),
  };
}
