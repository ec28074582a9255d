import type { Appliance } from "./appliance";
import type { Session } from "./sessions";
import type { Row } from "./store";

/** Everything one NITRO operation may touch: the appliance, the caller's partition and time. */
export interface OpContext {
  readonly app: Appliance;
  readonly partition: string;
  readonly now: number;
  readonly session: Session | undefined;
  table(type: string): Row[];
}
