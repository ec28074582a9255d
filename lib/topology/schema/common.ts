// Pieces both kinds share: checklist ticks, persistence settings and the object-name prefix.
import { z } from "zod";
import { maxPrefixLength } from "./naming";
import type { TopologyKind } from "./kinds";
import { badCharacters } from "./ns-name";
import {
  draftBoolean,
  draftEnum,
  draftNumber,
  draftRawText,
  draftText,
  loose,
} from "./draft-helpers";
import { enumField, intField, netmaskField, optionalText } from "./fields";
import { persistenceTypes, SOURCE_IP_PERSISTENCE } from "./constants";

// ── Checklist ticks ({ done, by, at }) ───────────────────────────────────────────────────────

export const checkSchema = z.object({
  done: z.boolean({ error: "Tick or untick the item." }),
  by: z.string().max(200, "Ticked by: use at most 200 characters.").optional(),
  at: z.iso.datetime({ error: "Ticked at: use an ISO date and time." }).optional(),
});
export type Check = z.output<typeof checkSchema>;

const checkDraftSchema = z.object({ done: draftBoolean, by: draftText, at: draftText });

/** Ticks keyed by item id; an item (or the whole list) that is missing is simply not done. */
export function checklistSchema<const T extends readonly [string, ...string[]]>(ids: T) {
  return z.partialRecord(z.enum(ids), checkSchema).default({});
}

export function checklistDraftSchema<const T extends readonly [string, ...string[]]>(ids: T) {
  return loose(
    z.record(z.string(), z.unknown()).transform((raw) => {
      // Output in the item list's order (not the input's), so exports are byte-stable.
      const out: Partial<Record<T[number], z.output<typeof checkDraftSchema>>> = {};
      for (const id of ids as readonly T[number][]) {
        const parsed = checkDraftSchema.safeParse(raw[id]);
        if (raw[id] !== undefined && parsed.success) out[id] = parsed.data;
      }
      return out;
    }),
  );
}

// ── Persistence ──────────────────────────────────────────────────────────────────────────────

export { persistenceTypes, type PersistenceType } from "./constants";

export function persistenceSchema(label: string) {
  const settings = {
    type: enumField(`${label} persistence`, persistenceTypes),
    /** Minutes (NITRO `timeout`), used with SOURCEIP. */
    timeout: intField(`${label} persistence timeout`, 1, 1440, "minutes"),
    /** IPv4 mask (NITRO `persistmask`), used with SOURCEIP. */
    mask: netmaskField(`${label} persistence mask`),
    /** Expression that finds the server ID (NITRO `rule`), used with CUSTOMSERVERID. */
    rule: optionalText(`${label} persistence rule`, 1500),
  };
  return z.object(settings, { error: `${label} persistence: choose the persistence settings.` });
}
export type Persistence = z.output<ReturnType<typeof persistenceSchema>>;

export const persistenceDraftSchema = z.object({
  type: draftEnum(persistenceTypes),
  timeout: draftNumber,
  mask: draftText,
  rule: draftRawText,
});

export const sourceIpPersistence: Persistence = { ...SOURCE_IP_PERSISTENCE };

// ── Object-name prefix ───────────────────────────────────────────────────────────────────────

export function prefixSchema(kind: TopologyKind) {
  const max = maxPrefixLength(kind);
  const example = kind === "IGEL_UMS" ? "igel" : "xms";
  return z
    .string({ error: `Object-name prefix: enter a short prefix such as ${example}.` })
    .superRefine((value, ctx) => {
      const fail = (fix: string) =>
        ctx.addIssue({ code: "custom", message: `Object-name prefix: ${fix}` });
      if (value.length === 0) return fail(`enter a short prefix such as ${example}.`);
      if (!/^[A-Za-z0-9_]/.test(value)) {
        return fail("start with a letter, a digit or an underscore.");
      }
      const bad = badCharacters(value);
      if (bad) return fail(`remove ${bad}; use only letters, digits, spaces and _ # . : @ = -.`);
      if (value.length > max) {
        fail(`use at most ${max} characters so every NetScaler object name stays within 127.`);
      }
    });
}
