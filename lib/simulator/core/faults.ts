import { z } from "zod";
import { NitroError } from "../errors";

export interface FaultSettings {
  /** Added before every NITRO response. */
  latencyMs: number;
  /** Probability (0..1) that a config-changing operation fails. */
  writeErrorRate: number;
  /** Probability (0..1) that a NITRO request's socket is destroyed without a response. */
  dropConnectionRate: number;
  /** Destroy the sockets of the next N NITRO requests. */
  dropNextRequests: number;
  /** HA secondary: config-changing operations are refused with 368. */
  secondary: boolean;
  /** An HA pair: hanode lists a peer, so this node is the primary (or the secondary above). */
  haPair: boolean;
  /** Fail the Nth config-changing operation (1 = the next one) counted from when this is set. */
  failNthWrite: number | null;
  /** Fail every config-changing operation on these resource types. */
  failWritesTo: string[];
  /**
   * Hold the next config-changing request to this resource type: it is received but neither
   * processed nor answered until released (a write in flight when the client or the box dies).
   */
  holdNextWriteTo: string | null;
  /** Kill every session just before the Nth NITRO request counted from when this is set. */
  expireSessionsAtRequest: number | null;
}

export const faultPatchSchema = z
  .object({
    latencyMs: z.number().int().min(0).max(600_000),
    writeErrorRate: z.number().min(0).max(1),
    dropConnectionRate: z.number().min(0).max(1),
    dropNextRequests: z.number().int().min(0),
    secondary: z.boolean(),
    haPair: z.boolean(),
    failNthWrite: z.number().int().min(1).nullable(),
    failWritesTo: z.array(z.string().min(1)),
    holdNextWriteTo: z.string().min(1).nullable(),
    expireSessionsAtRequest: z.number().int().min(1).nullable(),
  })
  .partial()
  .strict();

export type FaultPatch = z.infer<typeof faultPatchSchema>;

export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  writeErrorRate: 0,
  dropConnectionRate: 0,
  dropNextRequests: 0,
  secondary: false,
  haPair: false,
  failNthWrite: null,
  failWritesTo: [],
  holdNextWriteTo: null,
  expireSessionsAtRequest: null,
};

export class FaultController {
  private current: FaultSettings = { ...NO_FAULTS };
  private writesSinceArmed = 0;
  private requestsSinceExpiryArmed = 0;

  constructor(private readonly random: () => number = Math.random) {}

  settings(): FaultSettings {
    return { ...this.current, failWritesTo: [...this.current.failWritesTo] };
  }

  set(patch: FaultPatch): FaultSettings {
    this.current = { ...this.current, ...patch };
    if (patch.failNthWrite !== undefined) this.writesSinceArmed = 0;
    if (patch.expireSessionsAtRequest !== undefined) this.requestsSinceExpiryArmed = 0;
    return this.settings();
  }

  clear(): void {
    this.current = { ...NO_FAULTS };
    this.writesSinceArmed = 0;
    this.requestsSinceExpiryArmed = 0;
  }

  /** Called once per NITRO request: true when this request is the one to expire sessions at. */
  expiryDue(): boolean {
    const at = this.current.expireSessionsAtRequest;
    if (at === null) return false;
    this.requestsSinceExpiryArmed += 1;
    if (this.requestsSinceExpiryArmed < at) return false;
    this.current.expireSessionsAtRequest = null;
    return true;
  }

  /** Called once per config-changing request: true (once) when it is the one to hold. */
  shouldHold(type: string): boolean {
    if (this.current.holdNextWriteTo !== type) return false;
    this.current.holdNextWriteTo = null;
    return true;
  }

  shouldDrop(): boolean {
    if (this.current.dropNextRequests > 0) {
      this.current.dropNextRequests -= 1;
      return true;
    }
    return this.current.dropConnectionRate > 0 && this.random() < this.current.dropConnectionRate;
  }

  /** Called once per config-changing operation (each item of a bulk request counts). */
  writeFault(type: string): NitroError | undefined {
    const { failNthWrite, failWritesTo, writeErrorRate } = this.current;
    if (failNthWrite !== null) {
      this.writesSinceArmed += 1;
      if (this.writesSinceArmed === failNthWrite) {
        this.current.failNthWrite = null;
        return injected(`write #${failNthWrite}`);
      }
    }
    if (failWritesTo.includes(type)) return injected(`writes to ${type}`);
    if (writeErrorRate > 0 && this.random() < writeErrorRate) return injected("write error rate");
    return undefined;
  }
}

const injected = (why: string): NitroError => new NitroError(1239, `simulated fault: ${why}`, 599);
