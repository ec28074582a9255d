// Share links, managed through the real server actions with a stubbed session: only the token's
// hash is stored, the expiry rule, who may share, workspace scoping, revoke, and the audit trail.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { hashLinkToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/db/client";
import { listShareLinks, resolveShareLink, TOUCH_EVERY_MS } from "@/lib/share/store";
import type { Actor } from "@/lib/auth/actor";
import { createTopology } from "@/lib/topologies/store";
import { saveTopologyDocument } from "@/lib/topologies/documents";
import { archiveTopology } from "@/lib/topologies/lifecycle";
import type { TopologyDraft } from "@/lib/topology/schema";
import { createWorkspaceWithUser } from "../support/fixtures";
import { setClientAddress, signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

setClientAddress("192.0.2.7");

const { createShareLinkAction, revokeShareLinkAction } =
  await import("@/app/(app)/topologies/[id]/share/actions");

const { default: ShareLinksPage } = await import("@/app/(app)/topologies/[id]/share/page");

const example = JSON.parse(readFileSync("examples/igel-ums.json", "utf8")) as TopologyDraft;

async function topologyOf(actor: Actor): Promise<string> {
  const id = await createTopology(actor, { kind: "IGEL_UMS", name: "UMS production" });
  await saveTopologyDocument(actor, { id, expectedVersion: 1, document: example });
  return id;
}

async function create(topologyId: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("topologyId", topologyId);
  form.set("expiresIn", "1440");
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return createShareLinkAction(form);
}

async function created(topologyId: string, fields: Record<string, string> = {}) {
  const result = await create(topologyId, fields);
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data;
}

beforeEach(() => {
  signOut();
});

describe("creating a link", () => {
  it("stores only the token's hash, returns the token once, and audits without it", async () => {
    const actor = await createWorkspaceWithUser();
    const topologyId = await topologyOf(actor);
    signInAs(actor, "editor");
    const before = Date.now();
    const link = await created(topologyId, { label: "  Service desk  ", showAddresses: "true" });

    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await getDb().shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row).toMatchObject({
      workspaceId: actor.workspaceId,
      topologyId,
      tokenHash: hashLinkToken(link.token),
      label: "Service desk",
      showAddresses: true,
      createdById: actor.userId,
      revokedAt: null,
      lastUsedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(link.token);
    const expires = row.expiresAt?.getTime() ?? 0;
    expect(expires - before).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(expires - Date.now()).toBeLessThanOrEqual(24 * 3_600_000);

    const events = await getDb().auditEvent.findMany({
      where: { targetId: topologyId, action: "share.created" },
    });
    expect(events.map((e) => [e.actorId, e.ipAddress, e.detail])).toEqual([
      [
        actor.userId,
        "192.0.2.7",
        {
          linkId: link.id,
          label: "Service desk",
          expiresAt: row.expiresAt?.toISOString(),
          showAddresses: true,
        },
      ],
    ]);
    expect(JSON.stringify(events)).not.toContain(link.token);
  });

  it("hides addresses unless asked, and never expires when told so", async () => {
    const actor = await createWorkspaceWithUser();
    const topologyId = await topologyOf(actor);
    signInAs(actor, "owner");
    const link = await created(topologyId, { expiresIn: "never" });
    expect(link.expiresAt).toBeNull();
    const row = await getDb().shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row).toMatchObject({ showAddresses: false, expiresAt: null, label: "" });
  });

  it("refuses an expiry under an hour or over 30 days, and a long label, as field errors", async () => {
    const actor = await createWorkspaceWithUser();
    const topologyId = await topologyOf(actor);
    signInAs(actor, "owner");
    for (const expiresIn of ["59", String(31 * 24 * 60), "soon"]) {
      const result = await create(topologyId, { expiresIn });
      expect(result).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
        fieldErrors: { expiresIn: ["Choose an expiry between 1 hour and 30 days, or never."] },
      });
    }
    const missing = await createShareLinkAction({ topologyId });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { expiresIn: expect.any(Array) } });
    const long = await create(topologyId, { label: "x".repeat(81) });
    expect(long).toMatchObject({
      ok: false,
      fieldErrors: { label: ["Use at most 80 characters."] },
    });
    expect(await getDb().shareLink.count({ where: { topologyId } })).toBe(0);
    // The limits themselves are fine.
    expect((await create(topologyId, { expiresIn: "60", label: "x".repeat(80) })).ok).toBe(true);
    expect((await create(topologyId, { expiresIn: String(30 * 24 * 60) })).ok).toBe(true);
  });

  it("refuses viewers, and a signed-out caller", async () => {
    const actor = await createWorkspaceWithUser();
    const topologyId = await topologyOf(actor);
    signInAs(actor, "viewer");
    expect(await create(topologyId)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    signOut();
    expect(await create(topologyId)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await getDb().shareLink.count({ where: { topologyId } })).toBe(0);
  });

  it("answers another workspace's topology exactly like an unknown one, and an archived one too", async () => {
    const owner = await createWorkspaceWithUser();
    const topologyId = await topologyOf(owner);
    const stranger = await createWorkspaceWithUser();
    signInAs(stranger, "owner");
    const foreign = await create(topologyId);
    const unknown = await create(randomUUID());
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(unknown);
    expect(await getDb().shareLink.count({ where: { topologyId } })).toBe(0);

    await archiveTopology(owner, { id: topologyId });
    signInAs(owner, "owner");
    expect(await create(topologyId)).toEqual(unknown);
  });
});

describe("revoking a link", () => {
  it("revokes once, audits it, keeps it listed as revoked, and the token stops resolving", async () => {
    const actor = await createWorkspaceWithUser();
    const topologyId = await topologyOf(actor);
    signInAs(actor, "owner");
    const link = await created(topologyId, { label: "Auditors" });
    expect(await resolveShareLink(link.token)).toMatchObject({ linkId: link.id, topologyId });

    const result = await revokeShareLinkAction({ id: link.id });
    expect(result.ok).toBe(true);
    expect(await resolveShareLink(link.token)).toBeNull();
    // A second click (another tab) changes and records nothing.
    expect((await revokeShareLinkAction({ id: link.id })).ok).toBe(true);
    const revoked = await getDb().auditEvent.findMany({
      where: { targetId: topologyId, action: "share.revoked" },
    });
    expect(revoked.map((e) => [e.ipAddress, e.detail])).toEqual([
      ["192.0.2.7", { linkId: link.id, label: "Auditors" }],
    ]);
    const listed = await listShareLinks(actor.workspaceId, topologyId);
    expect(listed.map((l) => [l.id, l.state, l.createdByName])).toEqual([
      [link.id, "revoked", expect.stringMatching(/^User /)],
    ]);
  });

  it("refuses viewers, and answers another workspace's link like an unknown one", async () => {
    const actor = await createWorkspaceWithUser();
    const topologyId = await topologyOf(actor);
    signInAs(actor, "owner");
    const link = await created(topologyId);
    signInAs(actor, "viewer");
    expect(await revokeShareLinkAction({ id: link.id })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const stranger = await createWorkspaceWithUser();
    signInAs(stranger, "owner");
    const foreign = await revokeShareLinkAction({ id: link.id });
    const unknown = await revokeShareLinkAction({ id: randomUUID() });
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(foreign).toEqual(unknown);
    expect(await resolveShareLink(link.token)).not.toBeNull();
  });
});

describe("resolving a token", () => {
  it("refuses expired links and links of archived topologies", async () => {
    const actor = await createWorkspaceWithUser();
    const topologyId = await topologyOf(actor);
    signInAs(actor, "owner");
    const link = await created(topologyId, { expiresIn: "60" });
    const inAnHour = new Date(Date.now() + 3_600_000 + 1000);
    expect(await resolveShareLink(link.token, inAnHour)).toBeNull();
    expect((await listShareLinks(actor.workspaceId, topologyId, inAnHour))[0]?.state).toBe(
      "expired",
    );
    expect(await resolveShareLink(link.token)).not.toBeNull();
    await archiveTopology(actor, { id: topologyId });
    expect(await resolveShareLink(link.token)).toBeNull();
  });

  it("notes when a link was last used, at most once a minute", async () => {
    const actor = await createWorkspaceWithUser();
    const topologyId = await topologyOf(actor);
    signInAs(actor, "owner");
    const link = await created(topologyId);
    const lastUsed = async () =>
      (await getDb().shareLink.findUniqueOrThrow({ where: { id: link.id } })).lastUsedAt;
    const t0 = new Date();
    await resolveShareLink(link.token, t0);
    expect(await lastUsed()).toEqual(t0);
    await resolveShareLink(link.token, new Date(t0.getTime() + TOUCH_EVERY_MS - 1));
    expect(await lastUsed()).toEqual(t0);
    const t1 = new Date(t0.getTime() + TOUCH_EVERY_MS);
    await resolveShareLink(link.token, t1);
    expect(await lastUsed()).toEqual(t1);
  });
});

describe("the manage page", () => {
  const open = (id: string) => ShareLinksPage({ params: Promise.resolve({ id }) });
  const notFound = { digest: expect.stringContaining("404") };

  it("exists for owners and editors only; viewers and other workspaces get not found", async () => {
    const actor = await createWorkspaceWithUser();
    const topologyId = await topologyOf(actor);
    for (const role of ["owner", "editor"] as const) {
      signInAs(actor, role);
      await expect(open(topologyId)).resolves.toBeTruthy();
    }
    signInAs(actor, "viewer");
    await expect(open(topologyId)).rejects.toMatchObject(notFound);
    signInAs(await createWorkspaceWithUser(), "owner");
    await expect(open(topologyId)).rejects.toMatchObject(notFound);
    await expect(open(randomUUID())).rejects.toMatchObject(notFound);
    await expect(open("not-a-uuid")).rejects.toMatchObject(notFound);
  });
});
