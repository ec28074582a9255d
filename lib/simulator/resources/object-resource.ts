import type { OpContext } from "../core/context";
import { render, type RenderSpec } from "./render-spec";
import { findRow, removeRows } from "../core/rows";
import type { Row } from "../core/store";
import { coerceArgs, normalize, requireFields, union } from "../core/validate";
import { NitroError } from "../errors";
import type { Pairs } from "../http/query";
import { schemaFor } from "../schema";
import { enableDisableActions, unsetAction } from "./common-actions";
import type { ActionSpec, ResourceHandler } from "./types";

// Generic add/get/update/delete for named NITRO objects; each resource supplies its rules as
// hooks that throw NitroError, so the appliance-specific behaviour stays in one small file each.

export interface ObjectSpec extends RenderSpec {
  type: string;
  key: string;
  required?: readonly string[];
  /** Accepted on add although absent from the reference add keys (CLI -state on add). */
  addAlso?: readonly string[];
  /** Accepted on update but dropped (binding arguments the reference lists for lbvserver). */
  updateIgnore?: readonly string[];
  missingCode?: number;
  idempotent?: boolean;
  canAdd?: boolean;
  canDelete?: boolean;
  /** enable/disable/unset via ?action= (default true when the type has a state field). */
  stateActions?: boolean;
  checkAdd?(ctx: OpContext, row: Row): void;
  afterAdd?(ctx: OpContext, row: Row): void;
  checkUpdate?(ctx: OpContext, next: Row, current: Row): void;
  /** Handles an update itself (e.g. member-level `set serviceGroup`); true = done. */
  customUpdate?(ctx: OpContext, patch: Row): boolean;
  checkDelete?(ctx: OpContext, row: Row, args: Row): void;
  afterDelete?(ctx: OpContext, row: Row): void;
  actions?: Record<string, ActionSpec>;
}

export function objectResource(spec: ObjectSpec): ResourceHandler {
  const schema = schemaFor(spec.type);
  const missing = (name: string): NitroError =>
    new NitroError(spec.missingCode ?? 258, `${spec.key}, ${name}`);
  const find = (ctx: OpContext, name: string): Row | undefined =>
    findRow(ctx.table(spec.type), spec.key, name);
  const updatable = new Set([...schema.update].filter((f) => !schema.immutable.has(f)));

  function applyUpdate(ctx: OpContext, patch: Row): void {
    const name = String(patch[spec.key] ?? "");
    if (spec.customUpdate?.(ctx, patch)) return;
    const current = find(ctx, name);
    if (!current) throw missing(name);
    for (const f of spec.updateIgnore ?? []) delete patch[f];
    const next = { ...current, ...patch };
    spec.checkUpdate?.(ctx, next, current);
    Object.assign(current, patch);
  }

  function update(ctx: OpContext, input: unknown, name: string | undefined): void {
    const patch = normalize(schema, input, updatable);
    if (name !== undefined) patch[spec.key] = name;
    requireFields(patch, [spec.key]);
    applyUpdate(ctx, patch);
  }

  function add(ctx: OpContext, input: unknown, idempotent: boolean): void {
    const row = normalize(schema, input, union(schema.add, spec.addAlso ?? []));
    requireFields(row, [spec.key, ...(spec.required ?? [])]);
    const existing = find(ctx, String(row[spec.key]));
    if (existing && idempotent && spec.idempotent !== false) {
      // add-or-update: fields that cannot change must match what is there.
      const patch: Row = {};
      for (const [f, v] of Object.entries(row)) {
        if (updatable.has(f)) patch[f] = v;
        else if (JSON.stringify(existing[f]) !== JSON.stringify(v) && f !== spec.key) {
          throw new NitroError(278, f);
        }
      }
      patch[spec.key] = row[spec.key];
      applyUpdate(ctx, patch);
      return;
    }
    if (existing) throw new NitroError(273, `${spec.key}, ${String(row[spec.key])}`);
    spec.checkAdd?.(ctx, row);
    ctx.table(spec.type).push(row);
    spec.afterAdd?.(ctx, row);
  }

  function remove(ctx: OpContext, name: string, rawArgs: Pairs): void {
    const args = coerceArgs(schema, rawArgs);
    const row = find(ctx, name);
    if (!row) throw missing(name);
    spec.checkDelete?.(ctx, row, args);
    removeRows(ctx.table(spec.type), (r) => r === row);
    spec.afterDelete?.(ctx, row);
  }

  const stateActions = spec.stateActions ?? schema.kinds.has("state");
  return {
    type: spec.type,
    kind: "object",
    key: spec.key,
    idempotent: spec.idempotent !== false,
    get(ctx, name) {
      if (name === undefined) return ctx.table(spec.type).map((r) => render(ctx, schema, spec, r));
      const row = find(ctx, name);
      if (!row) throw missing(name);
      return [render(ctx, schema, spec, row)];
    },
    add: spec.canAdd === false ? undefined : add,
    update,
    remove: spec.canDelete === false ? undefined : remove,
    actions: {
      ...(stateActions ? enableDisableActions(spec.type, spec.key, find, missing) : {}),
      unset: unsetAction(schema, spec.key, find, missing),
      ...spec.actions,
    },
  };
}
