// The version gate for imported files. Unlike a stored row (whose schemaVersion column fills a
// gap), a file without schemaVersion is a problem: it may be hand-written against an older
// schema, and assuming the current version could misread it without a word.
import type { SchemaVersions } from "../schema/migrate";

export type FileVersion =
  | { state: "ok"; version: number }
  /** Missing or not a version number: reported, and the rest is checked as the current version. */
  | { state: "invalid"; message: string }
  /** Written by a newer app: its content cannot be read at all. */
  | { state: "newer"; message: string };

export function readFileVersion(value: unknown, versions: SchemaVersions): FileVersion {
  const current = versions.current;
  if (value === undefined) {
    return {
      state: "invalid",
      message: `required. Add "schemaVersion": ${current} if the file was written for this version of the app (exported files always have it).`,
    };
  }
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    return {
      state: "invalid",
      message: `expected a whole number from 1 (found ${JSON.stringify(value) ?? String(value)}).`,
    };
  }
  if (value > current) {
    return {
      state: "newer",
      message: `this file was saved by a newer version of this app (schema version ${value}; this app reads versions up to ${current}). Update the app, then import it again.`,
    };
  }
  return { state: "ok", version: value };
}
