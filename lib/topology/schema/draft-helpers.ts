// Building blocks for draft schemas. A draft must always save: a field that is missing or has
// the wrong type is dropped (and reported by validation later) instead of failing the parse.
import { z } from "zod";

/** Optional, and undefined when the value does not fit the schema. */
export function loose<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

export const draftText = loose(z.string().trim());
/** Text whose surrounding whitespace may matter (expressions, expected replies). */
export const draftRawText = loose(z.string());
export const draftNumber = loose(z.number());
export const draftBoolean = loose(z.boolean());

export function draftEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return loose(z.enum(values));
}

/** A list of draft rows; a row that is not an object is dropped, the others are kept. */
export function draftList<T extends z.ZodType>(row: T) {
  return loose(
    z.array(z.unknown()).transform((items) =>
      items.flatMap((item) => {
        const parsed = row.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  );
}
