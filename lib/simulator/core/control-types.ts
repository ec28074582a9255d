import { z } from "zod";
import type { CounterSnapshot, RequestSpan } from "./counters";
import type { FaultPatch, FaultSettings } from "./faults";
import type { HeldRelease, HeldRequestView } from "./held-requests";
import type { ConfigData } from "./store";

// Shapes of the simulator's own control API (in-process and under /__sim/).

const stateSchema = z.enum(["UP", "DOWN"]).nullable();

export const memberStateSchema = z
  .object({
    partition: z.string().default("default"),
    servicegroupname: z.string().optional(),
    servername: z.string().optional(),
    ip: z.string().optional(),
    port: z.number().int().optional(),
    /** UP/DOWN forces the state; null returns the member to probing / simulated UP. */
    state: stateSchema,
  })
  .refine((s) => Boolean(s.servicegroupname ?? s.servername ?? s.ip), {
    message: "give servicegroupname, servername or ip",
  });

export const vserverStateSchema = z.object({
  partition: z.string().default("default"),
  name: z.string(),
  state: stateSchema,
});

export const heldReleaseSchema = z.enum(["process", "drop"]);

export type MemberStateRequest = z.input<typeof memberStateSchema>;
export type VserverStateRequest = z.input<typeof vserverStateSchema>;

export interface MemberView {
  partition: string;
  servicegroupname: string;
  servername: string;
  ip: string | undefined;
  port: number;
  state: string;
  forced: "UP" | "DOWN" | undefined;
  probed: boolean;
}

export interface SimulatorSnapshot {
  config: ConfigData;
  configChanged: boolean;
  lastChangedAt: number | undefined;
  lastSavedAt: number | undefined;
  sessions: number;
  held: HeldRequestView[];
  faults: FaultSettings;
  counters: CounterSnapshot;
  members: MemberView[];
  vservers: { partition: string; name: string; state: string; health: number }[];
}

export interface SimulatorControl {
  counters(): CounterSnapshot;
  resetCounters(): void;
  /** Every answered NITRO request since the last counter reset (arrival, answer). */
  requestSpans(): RequestSpan[];
  /** Sequential request waves (round trips) since the last counter reset (countWaves). */
  waves(): number;
  faults(): FaultSettings;
  setFaults(patch: FaultPatch): FaultSettings;
  /** Clears every fault; requests still held are released and processed. */
  clearFaults(): void;
  /** Requests held by holdNextWriteTo, oldest first. */
  heldRequests(): HeldRequestView[];
  /** Releases every held request (default "process"); returns how many there were. */
  releaseHeld(how?: HeldRelease): number;
  /** Kills every NITRO session: the next request with an old cookie gets 401 / 444. */
  expireSessions(): number;
  /** Forces (or releases, state null) matching members; returns how many matched. */
  setMemberState(request: MemberStateRequest): number;
  setVserverState(request: VserverStateRequest): number;
  /** Runs one loopback probe cycle now. */
  probeNow(): Promise<void>;
  reset(): void;
  snapshot(): SimulatorSnapshot;
}
