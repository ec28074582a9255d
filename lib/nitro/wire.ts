// zod building blocks for NITRO's wire quirks (docs/nitro.md#wire-quirks): numbers that arrive as
// strings, booleans spelt YES/NO, ENABLED/DISABLED or ON/OFF, lists that may arrive as one value,
// and state tokens with spaces and mixed case.
import { z } from "zod";

type Ctx = z.core.$RefinementCtx<unknown>;

function toNumber(value: number | string, ctx: Ctx): number {
  const n = typeof value === "number" ? value : value.trim() === "" ? NaN : Number(value);
  if (!Number.isFinite(n)) {
    ctx.issues.push({ code: "custom", message: "expected a number", input: value });
    return 0;
  }
  return n;
}

/** A number, also when sent as "42". */
export const num = z.union([z.number(), z.string()]).transform((v, ctx) => toNumber(v, ctx));

/** An optional number: missing, null or "" → undefined. */
export const optNum = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v, ctx) =>
    v === undefined || v === null || v === "" ? undefined : toNumber(v, ctx),
  );

export const optStr = z
  .union([z.string(), z.null()])
  .optional()
  .transform((v) => v ?? undefined);

const TRUE_TOKENS = new Set(["YES", "ENABLED", "ON", "TRUE"]);
const FALSE_TOKENS = new Set(["NO", "DISABLED", "OFF", "FALSE"]);

function toFlag(value: boolean | string, ctx: Ctx): boolean {
  if (typeof value === "boolean") return value;
  const token = value.trim().toUpperCase();
  if (TRUE_TOKENS.has(token)) return true;
  if (!FALSE_TOKENS.has(token)) {
    ctx.issues.push({
      code: "custom",
      message: "expected YES/NO, ENABLED/DISABLED or ON/OFF",
      input: value,
    });
  }
  return false;
}

/** YES/NO, ENABLED/DISABLED, ON/OFF or a JSON boolean → boolean; missing → undefined. */
export const optFlag = z
  .union([z.boolean(), z.string(), z.null()])
  .optional()
  .transform((v, ctx) => (v === undefined || v === null || v === "" ? undefined : toFlag(v, ctx)));

/** A list of strings that may also arrive as one string or not at all. */
export const strList = z
  .union([z.array(z.string()), z.string(), z.null()])
  .optional()
  .transform((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]));

/** Operational state of a vserver, service group, member or stat entity, normalised. */
export type OperationalState =
  | "up"
  | "down"
  | "partial_up"
  | "partial_down"
  | "out_of_service"
  | "going_out_of_service"
  | "down_going_out_of_service"
  | "busy"
  | "disabled"
  | "unknown";

const STATE_TOKENS: Record<string, OperationalState> = {
  UP: "up",
  DOWN: "down",
  "PARTIAL-UP": "partial_up",
  "PARTIAL-DOWN": "partial_down",
  "OUT OF SERVICE": "out_of_service",
  OFS: "out_of_service",
  "GOING OUT OF SERVICE": "going_out_of_service",
  TROFS: "going_out_of_service",
  "DOWN WHEN GOING OUT OF SERVICE": "down_going_out_of_service",
  TROFS_DOWN: "down_going_out_of_service",
  BUSY: "busy",
  DISABLED: "disabled",
};

export function toOperationalState(token: string | undefined): OperationalState {
  // UNKNOWN, Unknown, NS_EMPTY_STR and anything new all mean "cannot tell".
  return (token && STATE_TOKENS[token.trim().toUpperCase()]) || "unknown";
}

export const optState = optStr.transform((v) =>
  v === undefined ? undefined : toOperationalState(v),
);

/** Admin state: NITRO omits `state` only when attrs= left it out; the default is ENABLED. */
export function isEnabled(state: string | undefined): boolean {
  return state === undefined || state.trim().toUpperCase() !== "DISABLED";
}

/** statechangetimesec arrives as a date string ("Tue Mar  5 10:00:00 2024") or epoch seconds. */
export function epochSeconds(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
