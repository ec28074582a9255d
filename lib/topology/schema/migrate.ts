// Reading a stored or imported document: bring an older schemaVersion up to the current one,
// then parse it as a draft (which never fails on content, only on an unknown kind or version).
import type { TopologyKind } from "./kinds";
import { CURRENT_SCHEMA_VERSION, topologyDraftSchema, type TopologyDraft } from "./document";

type JsonObject = Record<string, unknown>;

/** Turns a document of version n into version n + 1 (pure; keyed by n). */
export type Migration = (document: JsonObject) => JsonObject;

/**
 * The registry. Version 1 is the first, so it is empty; the first schema change adds
 * `1: (doc) => ({ ...doc, …, schemaVersion: 2 })` here and bumps CURRENT_SCHEMA_VERSION.
 */
export const migrations: Readonly<Record<number, Migration>> = {};

/**
 * The version this build reads and how to get there. Injectable so tests can prove the
 * migration path (an old file imports, a newer one is refused) while the registry is empty.
 */
export interface SchemaVersions {
  current: number;
  registry: Readonly<Record<number, Migration>>;
}

export const schemaVersions: SchemaVersions = {
  current: CURRENT_SCHEMA_VERSION,
  registry: migrations,
};

export type ParseDocumentResult =
  { ok: true; document: TopologyDraft; migratedFrom?: number } | { ok: false; error: string };

/** What the database row knows when the stored document lacks it (e.g. a fresh `{}` spec). */
export interface DocumentFallback {
  kind?: TopologyKind;
  schemaVersion?: number;
  name?: string;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function runMigrations(
  document: JsonObject,
  from: number,
  registry: Readonly<Record<number, Migration>> = migrations,
  to: number = CURRENT_SCHEMA_VERSION,
): JsonObject {
  let current = document;
  for (let version = from; version < to; version++) {
    const migrate = registry[version];
    if (!migrate) throw new Error(`No migration from topology schema version ${version}.`);
    current = { ...migrate(current), schemaVersion: version + 1 };
  }
  return current;
}

/**
 * The draft parse of a document already at `versions.current`. The content schema is this
 * build's; the version gate is the migration step's job, so the parse is given the version the
 * schema expects (identical in the product, where `versions.current` is CURRENT_SCHEMA_VERSION).
 */
export function parseMigratedDraft(migrated: JsonObject) {
  return topologyDraftSchema.safeParse({ ...migrated, schemaVersion: CURRENT_SCHEMA_VERSION });
}

/**
 * Lenient on purpose: a stored row may lack schemaVersion, kind or name (a fresh `{}` spec),
 * and the row's columns fill them in. Imported files go through lib/topology/import instead,
 * which treats a missing schemaVersion as a problem rather than assuming the current one.
 */
export function parseDocument(
  input: unknown,
  fallback: DocumentFallback = {},
  versions: SchemaVersions = schemaVersions,
): ParseDocumentResult {
  const current = versions.current;
  if (!isJsonObject(input)) return { ok: false, error: "The topology is not a JSON object." };
  const version = input.schemaVersion ?? fallback.schemaVersion ?? current;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: "The topology's schemaVersion must be a whole number from 1." };
  }
  if (version > current) {
    return {
      ok: false,
      error: `The topology was saved by a newer version of this app (schema ${version}); update the app to open it.`,
    };
  }
  const withDefaults: JsonObject = {
    ...input,
    kind: input.kind ?? fallback.kind,
    name: input.name ?? fallback.name,
    schemaVersion: version,
  };
  const migrated = runMigrations(withDefaults, version, versions.registry, current);
  const parsed = parseMigratedDraft(migrated);
  if (!parsed.success) {
    return { ok: false, error: "The topology's kind must be IGEL_UMS or XENMOBILE." };
  }
  return version < current
    ? { ok: true, document: parsed.data, migratedFrom: version }
    : { ok: true, document: parsed.data };
}
