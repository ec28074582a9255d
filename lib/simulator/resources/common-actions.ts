import type { OpContext } from "../core/context";
import type { Row } from "../core/store";
import { asObject } from "../core/validate";
import { NitroError } from "../errors";
import type { FieldSchema } from "../schema";
import type { ActionSpec } from "./types";

type Finder = (ctx: OpContext, name: string) => Row | undefined;
type Missing = (name: string) => NitroError;

function targetOf(
  input: unknown,
  key: string,
  find: Finder,
  missing: Missing,
  ctx: OpContext,
): Row {
  const body = asObject(input);
  const name = body[key];
  if (typeof name !== "string" || name === "") throw new NitroError(1095, key);
  const row = find(ctx, name);
  if (!row) throw missing(name);
  return row;
}

/** enable/disable only flip the admin state: PUT never changes it (as on the appliance). */
export function enableDisableActions(
  _type: string,
  key: string,
  find: Finder,
  missing: Missing,
): Record<string, ActionSpec> {
  const setState = (state: "ENABLED" | "DISABLED"): ActionSpec => ({
    changesConfig: true,
    run(ctx, input) {
      const body = asObject(input);
      for (const field of Object.keys(body)) {
        if (![key, "delay", "graceful"].includes(field)) throw new NitroError(278, field);
      }
      targetOf(input, key, find, missing, ctx).state = state;
    },
  });
  return { enable: setState("ENABLED"), disable: setState("DISABLED") };
}

/** `unset`: the key plus each attribute to reset set to true; the default comes back on GET. */
export function unsetAction(
  schema: FieldSchema,
  key: string,
  find: Finder,
  missing: Missing,
): ActionSpec {
  return {
    changesConfig: true,
    run(ctx, input) {
      const row = targetOf(input, key, find, missing, ctx);
      for (const [field, flag] of Object.entries(asObject(input))) {
        if (field === key || flag === false) continue;
        if (!schema.update.has(field) || schema.immutable.has(field)) {
          throw new NitroError(278, field);
        }
        delete row[field];
      }
    },
  };
}
