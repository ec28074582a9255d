import type { OpContext } from "../core/context";
import { removeRows } from "../core/rows";
import type { Row } from "../core/store";
import { coerceArgs, normalize, requireFields } from "../core/validate";
import { NitroError } from "../errors";
import { schemaFor } from "../schema";
import { render, type RenderSpec } from "./render-spec";
import type { ResourceHandler } from "./types";

// Generic bind / unbind / list for `<a>_<b>_binding` resources. Bind arrives as PUT or POST,
// unbind as DELETE /<a-name>?args=..., list as GET /<a-name> or ?bulkbindings=yes.

export interface BindingSpec extends RenderSpec {
  type: string;
  /** Attribute naming the bound-to object (the URL name). */
  parentKey: string;
  required: readonly string[];
  /** Attributes that make two bindings of one parent the same binding. */
  identity: readonly string[];
  /** Throws when the parent is missing or unsuitable; used by bind, unbind and GET. */
  checkParent(ctx: OpContext, parent: string): void;
  /** Appliance rules for a new binding; may return a transformed row to store. */
  checkBind?(ctx: OpContext, row: Row): Row | void;
  /** Args an unbind must carry. */
  unbindRequired?: readonly string[];
  /** Custom unbind matching (ip vs servername for members). */
  matchUnbind?(ctx: OpContext, row: Row, args: Row): boolean;
  checkUnbindArgs?(args: Row): void;
  unbindMissingCode?: number;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function bindingResource(spec: BindingSpec): ResourceHandler {
  const schema = schemaFor(spec.type);
  const identical = (a: Row, b: Row): boolean =>
    a[spec.parentKey] === b[spec.parentKey] && spec.identity.every((f) => same(a[f], b[f]));

  return {
    type: spec.type,
    kind: "binding",
    key: spec.parentKey,
    get(ctx, name, { bulk }) {
      const rows = ctx.table(spec.type);
      if (name === undefined) {
        // The appliance lists bindings of every object only when asked for bulk bindings.
        if (!bulk) throw new NitroError(1095, spec.parentKey);
        return rows.map((r) => render(ctx, schema, spec, r));
      }
      spec.checkParent(ctx, name);
      return rows
        .filter((r) => r[spec.parentKey] === name)
        .map((r) => render(ctx, schema, spec, r));
    },
    add(ctx, input, idempotent) {
      let row = normalize(schema, input, schema.add);
      requireFields(row, [spec.parentKey, ...spec.required]);
      spec.checkParent(ctx, String(row[spec.parentKey]));
      row = spec.checkBind?.(ctx, row) ?? row;
      const table = ctx.table(spec.type);
      if (table.some((r) => identical(r, row))) {
        if (idempotent) return;
        throw new NitroError(273, spec.identity.join(", "));
      }
      table.push(row);
    },
    remove(ctx, name, rawArgs) {
      const args = coerceArgs(schema, rawArgs);
      spec.checkParent(ctx, name);
      spec.checkUnbindArgs?.(args);
      requireFields(args, spec.unbindRequired ?? []);
      const match =
        spec.matchUnbind ??
        ((_c: OpContext, row: Row, a: Row) => Object.entries(a).every(([k, v]) => same(row[k], v)));
      const removed = removeRows(
        ctx.table(spec.type),
        (r) => r[spec.parentKey] === name && match(ctx, r, args),
      );
      if (removed === 0) {
        const detail = [...rawArgs].map(([k, v]) => `${k}:${v}`).join(",");
        throw new NitroError(spec.unbindMissingCode ?? 258, detail || name);
      }
    },
  };
}
