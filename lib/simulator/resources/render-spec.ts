import type { OpContext } from "../core/context";
import { renderRow } from "../core/render";
import type { Row } from "../core/store";
import type { FieldSchema } from "../schema";

/** How a resource's stored row becomes what GET returns. */
export interface RenderSpec {
  key?: string;
  /** Values the appliance reports for attributes nobody set. */
  defaults?(ctx: OpContext, row: Row): Row;
  /** Read-only, operational values (states, counts, times). */
  computed?(ctx: OpContext, row: Row): Row;
  asNumber?: readonly string[];
  hidden?: readonly string[];
}

export const render = (ctx: OpContext, schema: FieldSchema, spec: RenderSpec, row: Row): Row =>
  renderRow(schema, row, {
    key: spec.key,
    defaults: spec.defaults?.(ctx, row),
    computed: spec.computed?.(ctx, row),
    asNumber: spec.asNumber,
    hidden: spec.hidden,
  });
