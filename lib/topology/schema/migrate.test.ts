// The migration path end to end (stored documents and imported files), proven with a test-only
// registry: version 1 is current and the product's registry is empty, so a pretend "version 2"
// renames servers[].ip (v1) to servers[].address.
import { describe, expect, it } from "vitest";
import { importDocumentText, problemLines } from "../import/import-document";
import { igelExample } from "../testing/examples";
import { CURRENT_SCHEMA_VERSION } from "./document";
import {
  migrations,
  parseDocument,
  schemaVersions,
  type Migration,
  type SchemaVersions,
} from "./migrate";

type Json = Record<string, unknown>;

const renameServerIp: Migration = (doc) => ({
  ...doc,
  servers: Array.isArray(doc.servers)
    ? doc.servers.map((server: unknown) => {
        if (typeof server !== "object" || server === null || !("ip" in server)) return server;
        const { ip, ...rest } = server as Json;
        return { ...rest, address: ip };
      })
    : doc.servers,
});

const testVersions: SchemaVersions = { current: 2, registry: { 1: renameServerIp } };

/** The IGEL example as a version-1 file of the test-only schema (servers[].ip). */
function versionOneFile(): Json {
  const doc = igelExample() as unknown as Json & { servers: Json[] };
  return {
    ...doc,
    schemaVersion: 1,
    servers: doc.servers.map(({ address, ...rest }) => ({ ...rest, ip: address })),
  };
}

describe("parseDocument with migrations", () => {
  it("uses the product's registry, which has a step for every older version", () => {
    expect(schemaVersions).toEqual({ current: CURRENT_SCHEMA_VERSION, registry: migrations });
    for (let version = 1; version < CURRENT_SCHEMA_VERSION; version++) {
      expect(migrations[version], `migration from ${version}`).toBeTypeOf("function");
    }
  });

  it("migrates an older document and says from which version", () => {
    const file = versionOneFile();
    const before = structuredClone(file);
    const parsed = parseDocument(file, {}, testVersions);
    expect(parsed).toEqual({ ok: true, document: igelExample(), migratedFrom: 1 });
    expect(file).toEqual(before); // migrations never change their input
  });

  it("takes a stored row's version from its column when the spec lacks it", () => {
    const { schemaVersion: _omitted, ...spec } = versionOneFile();
    expect(parseDocument(spec, { schemaVersion: 1 }, testVersions)).toMatchObject({
      ok: true,
      migratedFrom: 1,
      document: { servers: [{ address: "10.10.20.11" }, { address: "10.10.20.12" }] },
    });
    // With no column either, a stored spec is read as the current version (lenient on purpose).
    expect(parseDocument(spec, {}, testVersions)).toMatchObject({ ok: true });
    expect(parseDocument(spec, {}, testVersions)).not.toHaveProperty("migratedFrom");
  });

  it("refuses a document from a newer version", () => {
    expect(parseDocument({ ...versionOneFile(), schemaVersion: 3 }, {}, testVersions)).toEqual({
      ok: false,
      error:
        "The topology was saved by a newer version of this app (schema 3); update the app to open it.",
    });
  });
});

const text = (doc: unknown) => JSON.stringify(doc, null, 2);

function lines(input: string, versions: SchemaVersions = testVersions): string[] {
  const result = importDocumentText(input, { versions });
  if (result.ok) throw new Error("expected the import to be refused");
  return problemLines(result.problems);
}

describe("importing older and newer schema versions", () => {
  it("migrates an older file and says from which version", () => {
    const result = importDocumentText(text(versionOneFile()), { versions: testVersions });
    expect(result).toEqual({
      ok: true,
      document: igelExample(),
      migratedFrom: 1,
      toComplete: { errors: [], warnings: expect.any(Array) },
    });
  });

  it("does not migrate a file of the current version", () => {
    const result = importDocumentText(text({ ...igelExample(), schemaVersion: 2 }), {
      versions: testVersions,
    });
    expect(result).toMatchObject({ ok: true, document: igelExample() });
    expect(result).not.toHaveProperty("migratedFrom");
    // The old field name in a current file is simply unknown.
    const stale = { ...versionOneFile(), schemaVersion: 2 };
    expect(lines(text(stale))).toEqual([
      "servers[0].ip: unknown field; this app does not read it. Remove it or check its spelling.",
      "servers[1].ip: unknown field; this app does not read it. Remove it or check its spelling.",
    ]);
  });

  it("reports problems of a migrated file at their current paths", () => {
    const file = versionOneFile() as Json & { servers: Json[] };
    file.servers[1]!.ip = 7;
    expect(lines(text(file))).toEqual(["servers[1].address: expected a string (found 7)."]);
  });

  it("refuses a file from a newer version with a clear message", () => {
    expect(lines(text({ ...igelExample(), schemaVersion: 3 }))).toEqual([
      "schemaVersion: this file was saved by a newer version of this app (schema version 3; this app reads versions up to 2). Update the app, then import it again.",
    ]);
    // The product itself (version 1 today) refuses version 2 the same way.
    expect(importDocumentText(text({ ...igelExample(), schemaVersion: 2 }))).toMatchObject({
      ok: false,
      problems: [{ path: "schemaVersion", message: expect.stringContaining("newer version") }],
    });
  });

  it("treats a missing or malformed schemaVersion as a problem, and still lists the rest", () => {
    const { schemaVersion: _omitted, ...noVersion } = igelExample() as unknown as Json;
    expect(lines(text({ ...noVersion, dns: 1 }))).toEqual([
      'schemaVersion: required. Add "schemaVersion": 2 if the file was written for this version of the app (exported files always have it).',
      "dns: expected an object (found 1).",
    ]);
    expect(lines(text({ ...igelExample(), schemaVersion: "1" }))).toEqual([
      'schemaVersion: expected a whole number from 1 (found "1").',
    ]);
    expect(lines(text({ ...igelExample(), schemaVersion: 1.5 }))).toEqual([
      "schemaVersion: expected a whole number from 1 (found 1.5).",
    ]);
  });

  it("refuses, rather than fails, when a migration is missing or cannot handle the file", () => {
    const gap: SchemaVersions = { current: 3, registry: testVersions.registry };
    expect(lines(text(versionOneFile()), gap)).toEqual([
      "schemaVersion: could not be migrated from version 1: No migration from topology schema version 2.",
    ]);
    const fragile: SchemaVersions = {
      current: 2,
      registry: {
        1: () => {
          throw new Error("servers is not a list");
        },
      },
    };
    expect(lines(text(versionOneFile()), fragile)).toEqual([
      "schemaVersion: could not be migrated from version 1: servers is not a list",
    ]);
  });
});
