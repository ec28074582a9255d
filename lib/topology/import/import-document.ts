// Importing a topology file: every problem at once, with its path. A file is refused when it
// cannot be read as it is (JSON syntax, a newer schema, a secret, a value the draft would drop,
// an unknown field); what full validation finds is reported as still to complete instead.
import { findSecrets } from "../export/secrets";
import type { TopologyKind } from "../schema/kinds";
import { topologyNameSchema } from "../schema/name";
import {
  isJsonObject,
  parseMigratedDraft,
  runMigrations,
  schemaVersions,
  type SchemaVersions,
} from "../schema/migrate";
import { droppedValues } from "./dropped-values";
import { documentShapes as shapes } from "./document-shapes";
import { describeFound } from "./expected-shape";
import { parseJsonText } from "./json-text";
import { listLimitProblems } from "./list-limits";
import { byteLength, MAX_IMPORT_BYTES, MAX_LISTED_PROBLEMS, tooLargeMessage } from "./limits";
import { readFileVersion } from "./schema-version";
import { stillToComplete } from "./still-to-complete";
import { unstorableTextProblems } from "./unstorable-text";
import type { ImportProblem, ImportResult } from "./types";

export interface ImportOptions {
  /** The kind of the topology the file replaces; a file of another kind is refused. */
  expectedKind?: TopologyKind;
  /** A new topology takes its name from the file, so the file must have a usable one. */
  requireName?: boolean;
  /** This app's schema version and migrations (tests inject others). */
  versions?: SchemaVersions;
}

function isKind(value: unknown): value is TopologyKind {
  return value === "IGEL_UMS" || value === "XENMOBILE";
}

/** Appends without spreading into arguments: a file can hold hundreds of thousands of problems. */
function append(problems: ImportProblem[], more: readonly ImportProblem[]): void {
  for (const problem of more) problems.push(problem);
}

function refuse(problems: ImportProblem[]): ImportResult {
  if (problems.length <= MAX_LISTED_PROBLEMS) return { ok: false, problems };
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return {
    ok: false,
    problems: [
      ...problems.slice(0, MAX_LISTED_PROBLEMS),
      { path: "", message: `…and ${more} more problems not listed here.` },
    ],
  };
}

/** Whether `path` is `under` or inside it (`a.b`, `a.b.c` and `a.b[0]` are under `a.b`). */
function isUnder(path: string, under: string): boolean {
  return path === under || path.startsWith(`${under}.`) || path.startsWith(`${under}[`);
}

function kindProblem(kind: unknown): ImportProblem {
  return {
    path: "kind",
    message:
      kind === undefined
        ? 'required: "IGEL_UMS" or "XENMOBILE".'
        : `expected "IGEL_UMS" or "XENMOBILE" (found ${describeFound(kind)}).`,
  };
}

function nameProblems(name: unknown): ImportProblem[] {
  if (name === undefined) {
    return [{ path: "name", message: "required: the new topology takes its name from the file." }];
  }
  if (typeof name !== "string") return []; // reported as a dropped value
  const parsed = topologyNameSchema.safeParse(name);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: "name", message: i.message }));
}

/** A file's parsed JSON value: the checks after the syntax. */
export function importDocumentValue(
  raw: unknown,
  options: ImportOptions = {},
  found: ImportProblem[] = [],
): ImportResult {
  const versions = options.versions ?? schemaVersions;
  if (!isJsonObject(raw)) {
    return refuse([
      ...found,
      {
        path: "",
        message: `The file is not a topology: expected a JSON object { … } (found ${describeFound(raw)}).`,
      },
    ]);
  }
  const problems = [...found];
  const secrets = findSecrets(raw);
  append(problems, secrets);

  const fileVersion = readFileVersion(raw.schemaVersion, versions);
  if (fileVersion.state === "newer") {
    return refuse([...problems, { path: "schemaVersion", message: fileVersion.message }]);
  }
  if (fileVersion.state === "invalid") {
    problems.push({ path: "schemaVersion", message: fileVersion.message });
  }
  if (!isKind(raw.kind)) return refuse([...problems, kindProblem(raw.kind)]);
  if (options.expectedKind && raw.kind !== options.expectedKind) {
    problems.push({
      path: "kind",
      message: `the file describes a ${raw.kind} topology, not ${options.expectedKind}. Import it from the topology list to create a ${raw.kind} topology.`,
    });
  }
  if (options.requireName) append(problems, nameProblems(raw.name));

  // A file whose version is unreadable is checked as the current version, to list the rest.
  const from = fileVersion.state === "ok" ? fileVersion.version : versions.current;
  let migrated: Record<string, unknown>;
  try {
    migrated = runMigrations(
      { ...raw, schemaVersion: from },
      from,
      versions.registry,
      versions.current,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse([
      ...problems,
      { path: "schemaVersion", message: `could not be migrated from version ${from}: ${reason}` },
    ]);
  }
  // Before the row-by-row comparison, so a list of 250,000 rows costs one problem, not 250,000.
  const tooLong = listLimitProblems(migrated, shapes[raw.kind]);
  if (tooLong.length > 0) return refuse([...problems, ...tooLong]);
  const parsed = parseMigratedDraft(migrated);
  if (!parsed.success) return refuse([...problems, kindProblem(migrated.kind)]);

  // schemaVersion was checked above; the comparison is about the content.
  const { schemaVersion: _rawVersion, ...content } = migrated;
  const { schemaVersion: _parsedVersion, ...parsedContent } = parsed.data;
  const dropped = droppedValues(content, parsedContent, shapes[raw.kind]).filter(
    (problem) => !secrets.some((secret) => isUnder(problem.path, secret.path)),
  );
  append(problems, dropped);
  append(problems, unstorableTextProblems(parsedContent));
  if (problems.length > 0) return refuse(problems);

  const document = parsed.data;
  const migratedFrom = from < versions.current ? { migratedFrom: from } : {};
  return { ok: true, document, ...migratedFrom, toComplete: stillToComplete(document) };
}

/** A topology file's text: checked, migrated and parsed, or refused with every problem. */
export function importDocumentText(text: string, options: ImportOptions = {}): ImportResult {
  const bytes = byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) return refuse([{ path: "", message: tooLargeMessage(bytes) }]);
  const json = parseJsonText(text);
  if (!json.ok) {
    const { line, column, message } = json.error;
    return refuse([
      {
        path: "",
        message: `The file is not valid JSON. Line ${line}, column ${column}: ${message}`,
      },
    ]);
  }
  const duplicates = json.duplicates.map((d) => ({
    path: d.path,
    message: "appears more than once in the same object; keep one (only the last would be read).",
  }));
  return importDocumentValue(json.value, options, duplicates);
}

/** One line per problem, for a terminal or a log. */
export function problemLines(problems: readonly ImportProblem[]): string[] {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}
