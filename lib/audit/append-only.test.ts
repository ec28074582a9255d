// The audit log is append-only in the code as well as in the database (a trigger refuses
// UPDATE; tests/integration/audit-append-only.test.ts): no source file may change or remove
// an audit row, whatever client it holds (getDb(), a transaction, a renamed variable), and
// only audit() inserts one.
import { describe, expect, it } from "vitest";
import { sourceFiles } from "@/lib/audit/testing/source-files";

// Written so that this file's own text does not match them.
const forbidden = [
  /\bauditEvent\s*\??\.\s*(update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\s*\(/,
  /\bauditEvent\s*\[\s*["'`](update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)["'`]\s*\]/,
  /\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+"?audit_events"?/i,
];

const SELF = "lib/audit/append-only.test.ts";
const RECORD = "lib/audit/record.ts";

describe("the audit log in the source", () => {
  // This file is skipped: its samples below must match.
  const files = sourceFiles().filter((file) => file.path !== SELF);

  it("finds the source to check", () => {
    expect(files.some((file) => file.path === RECORD)).toBe(true);
    expect(files.length).toBeGreaterThan(100);
  });

  it("is only ever inserted into: no update, upsert or delete of an audit event", () => {
    const offenders = files.flatMap((file) =>
      file.text
        .split("\n")
        .map((line, index) => ({ line, at: `${file.path}:${index + 1}` }))
        .filter(({ line }) => forbidden.some((pattern) => pattern.test(line)))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it("is written in one place: audit() in lib/audit/record.ts", () => {
    const insert = /\bauditEvent\s*\??\.\s*(create|createMany|createManyAndReturn)\s*\(/;
    const writers = files.filter((file) => insert.test(file.text)).map((file) => file.path);
    expect(writers).toEqual([RECORD]);
  });

  it("would notice one", () => {
    const samples = [
      "await tx.auditEvent.update({ where: { id } })",
      "getDb().auditEvent.deleteMany({})",
      "db.auditEvent.upsert({",
      "await db.auditEvent .updateMany({",
      'await tx.$executeRaw`DELETE FROM "audit_events"`',
      "UPDATE audit_events SET action = 'x'",
    ];
    for (const sample of samples) {
      expect(
        forbidden.some((pattern) => pattern.test(sample)),
        sample,
      ).toBe(true);
    }
    expect(forbidden.some((pattern) => pattern.test("await tx.auditEvent.create({"))).toBe(false);
  });
});
