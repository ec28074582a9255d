// Validate wire records with a resource schema and reshape them into app types. A record that
// does not fit is an appliance (or simulator) surprise: report which fields, never the values.
import type { z } from "zod";
import { NitroError } from "./errors";
import type { NitroRecord } from "./types";

export function parseRecords<T>(
  schema: z.ZodType<T>,
  records: readonly NitroRecord[],
  resource: string,
): T[] {
  return records.map((record) => parseRecord(schema, record, resource));
}

export function parseRecord<T>(schema: z.ZodType<T>, record: unknown, resource: string): T {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const fields = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(record)"}: ${issue.message}`)
    .join("; ");
  throw new NitroError("bad_response", `Unexpected "${resource}" data from NITRO (${fields})`, {
    resource,
  });
}
