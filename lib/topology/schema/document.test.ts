import { describe, expect, it } from "vitest";
import { topologyKinds } from "./kinds";
import { validateDocument } from "../validate";
import { defaultDocument, defaultIgelPorts, prefixFromName } from "./defaults";
import { topologyDraftSchema, type TopologyDocument, type TopologyDraft } from "./document";
import { parseDocument, runMigrations } from "./migrate";
import { igelUmsStepIds, stepDraftSchemas, stepKeys, stepSchemas, xenMobileStepIds } from "./steps";

describe("steps", () => {
  it("lists the wizard's steps in order", () => {
    expect(igelUmsStepIds).toEqual([
      "prerequisites",
      "database",
      "servers",
      "network",
      "load-balancing",
      "dns",
      "review",
      "apply",
      "after",
    ]);
    expect(xenMobileStepIds).toEqual([
      "prerequisites",
      "nodes",
      "mdm",
      "mam",
      "gateway",
      "dns",
      "review",
      "apply",
      "after",
    ]);
  });

  it("gives every step a full and a draft schema over the same keys; review and apply have none", () => {
    for (const kind of topologyKinds) {
      const full: Record<string, { shape: object }> = stepSchemas[kind];
      const draft: Record<string, { shape: object }> = stepDraftSchemas[kind];
      expect(Object.keys(full).sort()).toEqual(Object.keys(draft).sort());
      for (const step of Object.keys(full)) {
        expect(Object.keys(draft[step]?.shape ?? {})).toEqual(Object.keys(full[step]?.shape ?? {}));
      }
      expect(stepKeys(kind, "review")).toEqual([]);
      expect(stepKeys(kind, "apply")).toEqual([]);
    }
    expect(stepKeys("IGEL_UMS", "load-balancing")).toEqual(["loadBalancing"]);
    expect(stepKeys("XENMOBILE", "nodes")).toEqual(["nodes", "monitor"]);
  });

  it("covers every document key with exactly one step", () => {
    for (const kind of topologyKinds) {
      const owned = (kind === "IGEL_UMS" ? igelUmsStepIds : xenMobileStepIds).flatMap((s) =>
        stepKeys(kind, s),
      );
      const doc = defaultDocument(kind, "x");
      expect([...owned].sort()).toEqual(
        Object.keys(doc)
          .filter((k) => !["schemaVersion", "kind", "name"].includes(k))
          .sort(),
      );
    }
  });

  it("parses a step's form on its own", () => {
    const network = stepSchemas.IGEL_UMS.network.safeParse({
      network: { umsSubnet: "10.10.20.0/24", snip: "10.10.20.5", vip: "x" },
    });
    expect(
      network.success ? [] : network.error.issues.map((i) => [i.path.join("."), i.message]),
    ).toEqual([["network.vip", "VIP: enter an IPv4 address such as 10.10.20.100."]]);
    expect(
      stepDraftSchemas.IGEL_UMS.network.parse({ network: { vip: 5, snip: " 10.10.20.5 " } }),
    ).toEqual({
      network: { snip: "10.10.20.5" },
    });
  });
});

describe("defaults", () => {
  it("derives ports from the IGEL OS generation", () => {
    const enabled = (os: "11" | "12" | "mixed") =>
      defaultIgelPorts(os)
        .filter((p) => p.enabled)
        .map((p) => [p.port, p.usip]);
    expect(enabled("11")).toEqual([
      [30001, true],
      [8443, false],
      [9080, true],
    ]);
    expect(enabled("12")).toEqual([[8443, false]]);
    expect(enabled("mixed")).toEqual([
      [30001, true],
      [8443, false],
      [9080, true],
    ]);
  });

  it("starts from the published setups' values and leaves site values empty", () => {
    const igel = defaultDocument("IGEL_UMS", "Berlin UMS");
    expect(igel).toMatchObject({
      schemaVersion: 1,
      prefix: "berlin_ums",
      database: {
        type: "MSSQL",
        port: 1433,
        databaseName: "rmdb",
        user: "igelums",
        schema: "igelums",
      },
      loadBalancing: { persistence: { type: "SOURCEIP", timeout: 5, mask: "255.255.255.255" } },
    });
    const xms = defaultDocument("XENMOBILE", "!!!");
    expect(xms).toMatchObject({
      prefix: "xms",
      mdm: { ports: [443, 8443] },
      mam: {
        port: 8443,
        persistence: { type: "CUSTOMSERVERID", rule: 'HTTP.REQ.COOKIE.VALUE("ACNODEID")' },
      },
    });
    expect(validateDocument(igel).errors.length).toBeGreaterThan(0);
    expect(parseDocument(igel)).toEqual({ ok: true, document: igel });
  });

  it("keeps the prefix short and NetScaler-safe", () => {
    expect(prefixFromName("IGEL_UMS", "Ümlaut Site — Main Office 2024 extra long")).toBe(
      "umlaut_site_main_office",
    );
    expect(prefixFromName("XENMOBILE", "   ")).toBe("xms");
  });
});

describe("drafts and migration", () => {
  it("type-checks: a complete document is also a draft", () => {
    const doc: TopologyDocument = defaultDocument("IGEL_UMS", "x");
    const draft: TopologyDraft = doc;
    expect(draft.kind).toBe("IGEL_UMS");
  });

  it("saves anything partial and drops values of the wrong type", () => {
    const parsed = topologyDraftSchema.parse({
      schemaVersion: 1,
      kind: "XENMOBILE",
      nodes: [{ name: "xms1", address: 7 }, "junk"],
      mdm: { ports: [443, "8443"] },
      after: {
        "public-dns": { done: true, at: "2025-01-01T00:00:00.000Z" },
        unknown: { done: true },
      },
      extra: true,
    });
    expect(parsed).toEqual({
      schemaVersion: 1,
      kind: "XENMOBILE",
      nodes: [{ name: "xms1" }],
      mdm: { ports: [443] },
      after: { "public-dns": { done: true, at: "2025-01-01T00:00:00.000Z" } },
    });
  });

  it("fills kind, name and version from the database row when the stored spec lacks them", () => {
    expect(parseDocument({}, { kind: "IGEL_UMS", name: "Row name" })).toEqual({
      ok: true,
      document: { schemaVersion: 1, kind: "IGEL_UMS", name: "Row name" },
    });
  });

  it("refuses unknown kinds, non-objects and newer versions", () => {
    expect(parseDocument([])).toEqual({ ok: false, error: "The topology is not a JSON object." });
    expect(parseDocument({ kind: "IGEL_UMS", schemaVersion: 0 })).toMatchObject({ ok: false });
    expect(parseDocument({ kind: "IGEL_UMS", schemaVersion: 2 })).toEqual({
      ok: false,
      error:
        "The topology was saved by a newer version of this app (schema 2); update the app to open it.",
    });
  });

  it("runs migrations one version at a time", () => {
    const registry = {
      1: (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined }),
      2: (d: Record<string, unknown>) => ({ ...d, added: true }),
    };
    expect(runMigrations({ schemaVersion: 1, old: "v" }, 1, registry, 3)).toEqual({
      schemaVersion: 3,
      renamed: "v",
      old: undefined,
      added: true,
    });
    expect(() => runMigrations({}, 1, {}, 2)).toThrow(
      "No migration from topology schema version 1.",
    );
  });
});
