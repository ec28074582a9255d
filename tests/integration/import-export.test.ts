// Sharing a topology as a file: export through the route, import through the server actions
// (a new topology from the list, or into an existing one), against the real database with a
// stubbed session. Refused files write nothing; another workspace's ids answer like unknown ones.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createTopology } from "@/lib/topologies/store";
import { loadTopologyDocument, saveTopologyDocument } from "@/lib/topologies/documents";
import { problemsFromFieldErrors, REFUSED_MESSAGE } from "@/lib/topology/import";
import { clone, igelExample, xenMobileExample } from "@/lib/topology/testing/examples";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

const { importTopologyFileAction } = await import("@/app/(app)/topologies/actions");
const { importTopologyDocumentAction } =
  await import("@/app/(app)/topologies/[id]/document-actions");
const { GET: exportRoute } = await import("@/app/api/topologies/[id]/export/route");

async function exportJson(id: string): Promise<Response> {
  return exportRoute(new Request(`http://localhost/api/topologies/${id}/export?format=json`), {
    params: Promise.resolve({ id }),
  });
}

async function exportText(id: string): Promise<string> {
  const response = await exportJson(id);
  expect(response.status).toBe(200);
  return response.text();
}

/** An IGEL topology with the example document saved, named like a colleague would name it. */
async function igelTopology(actor: Actor, name = "UMS production") {
  const id = await createTopology(actor, { kind: "IGEL_UMS", name });
  const { version } = await saveTopologyDocument(actor, {
    id,
    expectedVersion: 1,
    document: igelExample(),
  });
  return { id, version };
}

/** Everything an import could write in a workspace. */
async function workspaceState(workspaceId: string) {
  const db = getDb();
  const [topologies, audit] = await Promise.all([
    db.topology.findMany({
      where: { workspaceId },
      select: { id: true, name: true, version: true, spec: true },
      orderBy: { id: "asc" },
    }),
    db.auditEvent.count({ where: { workspaceId } }),
  ]);
  return { topologies, audit };
}

const importedEvents = (targetId: string) =>
  getDb().auditEvent.findMany({
    where: { targetId, action: "topology.imported" },
    select: { action: true, detail: true, actorId: true, ipAddress: true },
  });

beforeEach(() => {
  signOut();
});

describe("export, then import as a new topology", () => {
  it("gives a colleague's workspace an equal document that re-exports byte for byte", async () => {
    const alice = await createWorkspaceWithUser();
    const bob = await createWorkspaceWithUser();
    const { id } = await igelTopology(alice);
    signInAs(alice, "owner");
    const response = await exportJson(id);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="igel.topology.json"',
    );
    const text = await response.text();
    expect(await exportText(id)).toBe(text); // the same topology gives the same bytes

    signInAs(bob, "editor");
    const result = await importTopologyFileAction({ json: text, fileName: "igel.topology.json" });
    expect(result).toEqual({
      ok: true,
      data: {
        id: expect.any(String),
        name: "UMS production",
        notices: [],
        toComplete: { errors: [], warnings: expect.any(Array) },
      },
    });
    if (!result.ok) return;
    const original = await loadTopologyDocument(alice.workspaceId, id);
    const copy = await loadTopologyDocument(bob.workspaceId, result.data.id);
    expect(copy?.kind).toBe("IGEL_UMS");
    expect(copy?.document).toEqual(original?.document);
    expect(await exportText(result.data.id)).toBe(text);

    expect(await importedEvents(result.data.id)).toEqual([
      {
        action: "topology.imported",
        detail: {
          fileName: "igel.topology.json",
          created: true,
          kind: "IGEL_UMS",
          name: "UMS production",
        },
        actorId: bob.userId,
        ipAddress: "127.0.0.1",
      },
    ]);
  });

  it("keeps names and prefixes apart when the workspace already has the topology", async () => {
    const actor = await createWorkspaceWithUser();
    const { id } = await igelTopology(actor);
    signInAs(actor, "owner");
    const text = await exportText(id);

    const first = await importTopologyFileAction({ json: text, fileName: "a.json" });
    const second = await importTopologyFileAction({ json: text, fileName: "a.json" });
    expect(first).toMatchObject({
      ok: true,
      data: {
        name: "UMS production (imported)",
        notices: [
          "A topology named “UMS production” already exists in this workspace, so this one is named “UMS production (imported)”.",
          "The object-name prefix “igel” is used by another topology of this workspace, so this one uses “ums_production_imported”: the two never manage the same NetScaler objects.",
        ],
      },
    });
    expect(second).toMatchObject({ ok: true, data: { name: "UMS production (imported 2)" } });
    if (!first.ok || !second.ok) return;
    const stored = await loadTopologyDocument(actor.workspaceId, first.data.id);
    expect(stored?.document).toEqual({
      ...igelExample(),
      name: "UMS production (imported)",
      prefix: "ums_production_imported",
    });
  });

  it("saves an incomplete draft and says what the wizard still needs", async () => {
    const actor = await createWorkspaceWithUser();
    signInAs(actor, "owner");
    const draft = { schemaVersion: 1, kind: "XENMOBILE", name: "XMS draft", prefix: "xms" };
    const result = await importTopologyFileAction({ json: JSON.stringify(draft), fileName: "" });
    expect(result).toMatchObject({ ok: true, data: { name: "XMS draft" } });
    if (!result.ok) return;
    expect(result.data.toComplete.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["nodes", "mdm", "mam", "gateway", "dns"]),
    );
    const stored = await loadTopologyDocument(actor.workspaceId, result.data.id);
    expect(stored?.document).toEqual(draft);
    expect((await importedEvents(result.data.id))[0]?.detail).toMatchObject({ fileName: null });
  });
});

describe("a refused file", () => {
  const broken = () => {
    const doc = clone(igelExample()) as unknown as Record<string, unknown> & {
      servers: Array<Record<string, unknown>>;
      loadBalancing: { persistence: Record<string, unknown> };
      database: Record<string, unknown>;
    };
    doc.servers[1]!.address = 7;
    doc.loadBalancing.persistence.timeout = "5";
    doc.database.password = "hunter2";
    return JSON.stringify(doc, null, 2);
  };

  it("writes nothing and lists every problem with its path", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await igelTopology(actor);
    signInAs(actor, "editor");
    const before = await workspaceState(actor.workspaceId);

    const created = await importTopologyFileAction({ json: broken(), fileName: "broken.json" });
    const replaced = await importTopologyDocumentAction({
      id,
      expectedVersion: version,
      json: broken(),
    });
    for (const result of [created, replaced]) {
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", error: REFUSED_MESSAGE });
      if (result.ok) continue;
      expect(problemsFromFieldErrors(result.fieldErrors ?? {})).toEqual([
        {
          path: "database.password",
          message:
            "looks like a secret: remove the secret; use the placeholder ${DATABASE_PASSWORD}. Topology files never carry secrets.",
        },
        { path: "servers[1].address", message: "expected a string (found 7)." },
        { path: "loadBalancing.persistence.timeout", message: 'expected a number (found "5").' },
      ]);
    }
    expect(await workspaceState(actor.workspaceId)).toEqual(before);
  });

  it("gives JSON syntax errors their line and column", async () => {
    const actor = await createWorkspaceWithUser();
    signInAs(actor, "owner");
    const result = await importTopologyFileAction({ json: '{\n  "kind": "IGEL_UMS",\n}' });
    expect(result.ok ? [] : problemsFromFieldErrors(result.fieldErrors ?? {})).toEqual([
      {
        path: "",
        message:
          "The file is not valid JSON. Line 3, column 1: unexpected “}”; remove the comma before it.",
      },
    ]);
    expect((await workspaceState(actor.workspaceId)).topologies).toEqual([]);
  });

  it("refuses files without a schemaVersion, from a newer app, or over 1 MiB", async () => {
    const actor = await createWorkspaceWithUser();
    signInAs(actor, "owner");
    const { schemaVersion: _omitted, ...noVersion } = igelExample();
    const cases: Array<[string, string]> = [
      [JSON.stringify(noVersion), "schemaVersion"],
      [JSON.stringify({ ...igelExample(), schemaVersion: 99 }), "schemaVersion"],
      [JSON.stringify({ ...igelExample(), name: "x".repeat(1024 * 1024) }), ""],
    ];
    for (const [json, path] of cases) {
      const result = await importTopologyFileAction({ json, fileName: "f.json" });
      expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      if (!result.ok) {
        expect(problemsFromFieldErrors(result.fieldErrors ?? {})[0]?.path).toBe(path);
      }
    }
    expect((await workspaceState(actor.workspaceId)).topologies).toEqual([]);
  });

  it("refuses a file of another kind than the topology it would replace", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await igelTopology(actor);
    signInAs(actor, "owner");
    const result = await importTopologyDocumentAction({
      id,
      expectedVersion: version,
      json: JSON.stringify(xenMobileExample()),
    });
    expect(result.ok ? [] : problemsFromFieldErrors(result.fieldErrors ?? {})).toEqual([
      {
        path: "kind",
        message:
          "the file describes a XENMOBILE topology, not IGEL_UMS. Import it from the topology list to create a XENMOBILE topology.",
      },
    ]);
  });
});

describe("importing into an existing topology", () => {
  it("replaces the document as a new version, keeps the name, and audits the import", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createTopology(actor, { kind: "XENMOBILE", name: "XMS cluster" });
    signInAs(actor, "editor");
    const result = await importTopologyDocumentAction({
      id,
      expectedVersion: 1,
      json: JSON.stringify(xenMobileExample()),
      fileName: "xenmobile.json",
    });
    expect(result).toEqual({
      ok: true,
      data: {
        version: 2,
        notices: [
          "The topology keeps its name “XMS cluster”; the file’s name “XenMobile Server cluster (seed example)” is not used.",
        ],
        toComplete: { errors: [], warnings: expect.any(Array) },
      },
    });
    const stored = await loadTopologyDocument(actor.workspaceId, id);
    expect(stored?.document).toEqual({ ...xenMobileExample(), name: "XMS cluster" });
    expect(await importedEvents(id)).toEqual([
      {
        action: "topology.imported",
        detail: { version: 2, fileName: "xenmobile.json" },
        actorId: actor.userId,
        ipAddress: "127.0.0.1",
      },
    ]);
  });
});

describe("permissions and workspaces", () => {
  it("refuses viewers, and writes nothing", async () => {
    const actor = await createWorkspaceWithUser();
    const { id, version } = await igelTopology(actor);
    const json = JSON.stringify(igelExample());
    signInAs(actor, "viewer");
    const before = await workspaceState(actor.workspaceId);
    expect(await importTopologyFileAction({ json, fileName: "f.json" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(
      await importTopologyDocumentAction({ id, expectedVersion: version, json }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await workspaceState(actor.workspaceId)).toEqual(before);
    // Reading is allowed: a viewer may download the file.
    expect((await exportJson(id)).status).toBe(200);
  });

  it("answers another workspace's topology id exactly like an unknown one", async () => {
    const owner = await createWorkspaceWithUser();
    const stranger = await createWorkspaceWithUser();
    const { id, version } = await igelTopology(owner);
    const before = await workspaceState(owner.workspaceId);
    signInAs(stranger, "owner");
    const json = JSON.stringify(igelExample());
    const foreign = await importTopologyDocumentAction({ id, expectedVersion: version, json });
    const unknown = await importTopologyDocumentAction({
      id: randomUUID(),
      expectedVersion: version,
      json,
    });
    expect(foreign).toEqual({
      ok: false,
      code: "NOT_FOUND",
      error: "This topology no longer exists.",
    });
    expect(unknown).toEqual(foreign);
    // A broken file changes nothing about that answer: the id is checked first.
    expect(await importTopologyDocumentAction({ id, expectedVersion: version, json: "{" })).toEqual(
      foreign,
    );

    const foreignExport = await exportJson(id);
    const unknownExport = await exportJson(randomUUID());
    expect([foreignExport.status, await foreignExport.json()]).toEqual([
      unknownExport.status,
      await unknownExport.json(),
    ]);
    expect(foreignExport.status).toBe(404);
    expect(await workspaceState(owner.workspaceId)).toEqual(before);
  });
});

describe("the export route", () => {
  it("refuses to export a stored document that holds a private key", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createTopology(actor, { kind: "XENMOBILE", name: "XMS" });
    const doc = clone(xenMobileExample());
    doc.mam.certificate = "-----BEGIN PRIVATE KEY-----\nMIIE…\n-----END PRIVATE KEY-----";
    await saveTopologyDocument(actor, { id, expectedVersion: 1, document: doc });
    signInAs(actor, "owner");
    const response = await exportJson(id);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "The topology holds a secret, so it is not exported. Remove it and export again.",
      paths: ["mam.certificate"],
    });
  });
});

describe("the file's text", () => {
  it("is read as the admin has it: line numbers count leading blank lines", async () => {
    const actor = await createWorkspaceWithUser();
    signInAs(actor, "owner");
    const result = await importTopologyFileAction({ json: "\n\n{ oops }", fileName: "f.json" });
    expect(result.ok ? [] : problemsFromFieldErrors(result.fieldErrors ?? {})).toEqual([
      {
        path: "",
        message:
          "The file is not valid JSON. Line 3, column 3: unexpected “o”; expected a field name in double quotes.",
      },
    ]);
    expect(await importTopologyFileAction({ json: "  ", fileName: "" })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { json: ["Choose a topology file."] },
    });
  });
});

describe("what a file cannot claim or carry", () => {
  const forged = { done: true, by: "The CISO", at: "2020-01-01T00:00:00.000Z" };

  it("re-stamps the file's checklist ticks with the importing user and time", async () => {
    const actor = await createWorkspaceWithUser();
    signInAs(actor, "editor");
    const before = Date.now();
    const file = { ...igelExample(), prerequisites: { "database-ha": forged } };
    const result = await importTopologyFileAction({ json: JSON.stringify(file) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await loadTopologyDocument(actor.workspaceId, result.data.id);
    const tick = stored?.document.prerequisites?.["database-ha" as never] as
      { done: boolean; by?: string; at?: string } | undefined;
    expect(tick).toMatchObject({ done: true, by: "Tester" });
    expect(Date.parse(tick?.at ?? "")).toBeGreaterThanOrEqual(before - 1000);
  });

  it("keeps a tick this server stamped and re-stamps the ones the file adds, on replace", async () => {
    const actor = await createWorkspaceWithUser();
    const earlier = { done: true, by: "Kim", at: "2026-11-01T08:00:00.000Z" };
    const id = await createTopology(actor, { kind: "IGEL_UMS", name: "UMS" });
    const { version } = await saveTopologyDocument(actor, {
      id,
      expectedVersion: 1,
      document: { ...igelExample(), prerequisites: { "database-ha": earlier } },
    });
    signInAs(actor, "editor");
    const file = {
      ...igelExample(),
      prerequisites: {
        "database-ha": { ...forged, by: "Mallory" },
        "ums-installed": forged,
      },
    };
    const result = await importTopologyDocumentAction({
      id,
      expectedVersion: version,
      json: JSON.stringify(file),
    });
    expect(result.ok).toBe(true);
    const stored = await loadTopologyDocument(actor.workspaceId, id);
    expect(stored?.document.prerequisites).toEqual({
      "database-ha": earlier,
      "ums-installed": { done: true, by: "Tester", at: expect.any(String) },
    });
  });

  it("refuses a list of 250,000 servers at once, naming the list and its limit", async () => {
    const actor = await createWorkspaceWithUser();
    signInAs(actor, "editor");
    const before = await workspaceState(actor.workspaceId);
    const file = { ...igelExample(), servers: Array.from({ length: 250_000 }, () => ({})) };
    const started = performance.now();
    const result = await importTopologyFileAction({ json: JSON.stringify(file) });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (result.ok) return;
    expect(problemsFromFieldErrors(result.fieldErrors ?? {})).toEqual([
      {
        path: "servers",
        message: "a list of at most 32 rows is allowed (found 250000); remove the extra rows.",
      },
    ]);
    expect(await workspaceState(actor.workspaceId)).toEqual(before);
  });

  it("refuses text the database cannot store (NUL, half a surrogate pair) by its path", async () => {
    const actor = await createWorkspaceWithUser();
    signInAs(actor, "editor");
    const before = await workspaceState(actor.workspaceId);
    const file = clone(igelExample());
    file.dns.hostName = "igel\u0000.corp.local";
    file.database.host = "db\ud800";
    const result = await importTopologyFileAction({ json: JSON.stringify(file) });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (result.ok) return;
    expect(problemsFromFieldErrors(result.fieldErrors ?? {})).toEqual([
      {
        path: "database.host",
        message:
          "contains half of a Unicode surrogate pair (broken text), which cannot be stored; retype it.",
      },
      {
        path: "dns.hostName",
        message: "contains a NUL character (U+0000), which cannot be stored; remove it.",
      },
    ]);
    expect(await workspaceState(actor.workspaceId)).toEqual(before);
  });
});
