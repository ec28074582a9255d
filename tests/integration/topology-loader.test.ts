// The one topology loader (lib/topologies/load.ts) against the real database: the signed-in
// member's own topology with its appliance and compiled document, the same "not found" for
// another workspace's id, a malformed or unknown id and a missing permission, and only the
// parts asked for.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, expectTypeOf, it, vi } from "vitest";
import { createAppliance } from "@/lib/appliances/store";
import { pinnedApplianceInput } from "@/lib/appliances/testing/appliance-input";
import type { ApplianceView } from "@/lib/appliances/views";
import { saveTopologyDocument, setTopologyAppliance } from "@/lib/topologies/documents";
import {
  loadTopology,
  lookupTopology,
  readTopology,
  type CompiledDocument,
} from "@/lib/topologies/load";
import { createTopology } from "@/lib/topologies/store";
import { igelExample } from "@/lib/topology/testing/examples";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));

let owner: Awaited<ReturnType<typeof createWorkspaceWithUser>>;
let completeId: string;
let draftId: string;
let applianceId: string;

beforeAll(async () => {
  owner = await createWorkspaceWithUser();
  completeId = await createTopology(owner, { kind: "IGEL_UMS", name: "UMS loaded" });
  const saved = await saveTopologyDocument(owner, {
    id: completeId,
    expectedVersion: 1,
    document: igelExample(),
  });
  applianceId = await createAppliance(
    owner,
    pinnedApplianceInput({
      name: "adc-loader",
      username: "loader-user",
      password: "Loader-Appliance-Secret-9",
      fingerprint256: "cd".repeat(32),
    }),
  );
  await setTopologyAppliance(owner, {
    id: completeId,
    applianceId,
    expectedVersion: saved.version,
  });
  draftId = await createTopology(owner, { kind: "XENMOBILE", name: "XMS draft" });
});

afterEach(() => {
  signOut();
});

const everything = { permission: "topology:read", include: ["appliance", "compiled"] } as const;

describe("lookupTopology", () => {
  it("loads the member's own topology with its appliance and compiled document", async () => {
    signInAs(owner, "viewer");
    const found = await lookupTopology(completeId, everything);
    if (!found.ok) throw new Error(`expected the topology, got ${found.reason}`);
    expect(found.session).toMatchObject({ workspaceId: owner.workspaceId, role: "viewer" });
    expect(found.topology).toMatchObject({ id: completeId, name: "UMS loaded", kind: "IGEL_UMS" });
    expect(found.appliance).toMatchObject({ id: applianceId, name: "adc-loader" });
    expect(found.compiled.errors).toEqual([]);
    expect(found.compiled.document?.kind).toBe("IGEL_UMS");
    expect(found.compiled.desired?.objects.length).toBeGreaterThan(0);
  });

  it("answers an incomplete topology without an appliance with its errors and nulls", async () => {
    signInAs(owner, "editor");
    const found = await lookupTopology(draftId, everything);
    if (!found.ok) throw new Error(`expected the topology, got ${found.reason}`);
    expect(found.appliance).toBeNull();
    expect(found.compiled.document).toBeNull();
    expect(found.compiled.desired).toBeNull();
    expect(found.compiled.errors.length).toBeGreaterThan(0);
  });

  it("finds nothing for another workspace's id, an unknown and a malformed id", async () => {
    signInAs(await createWorkspaceWithUser(), "owner");
    const results = await Promise.all(
      [completeId, randomUUID(), "not-a-uuid", `${completeId}x`].map((id) =>
        lookupTopology(id, everything),
      ),
    );
    for (const result of results) expect(result).toEqual({ ok: false, reason: "not-found" });
  });

  it("finds nothing when the role lacks the permission it names", async () => {
    signInAs(owner, "viewer");
    expect(await lookupTopology(completeId, { permission: "topology:share" })).toEqual({
      ok: false,
      reason: "not-found",
    });
    signInAs(owner, "editor");
    expect((await lookupTopology(completeId, { permission: "topology:share" })).ok).toBe(true);
  });

  it("tells a signed-out caller apart", async () => {
    expect(await lookupTopology(completeId, everything)).toEqual({
      ok: false,
      reason: "signed-out",
    });
  });

  it("returns only the parts asked for", async () => {
    signInAs(owner, "owner");
    const bare = await lookupTopology(completeId, { permission: "topology:read" });
    const withAppliance = await lookupTopology(completeId, {
      permission: "topology:read",
      include: ["appliance"],
    });
    const withCompiled = await lookupTopology(completeId, {
      permission: "topology:read",
      include: ["compiled"],
    });
    if (!bare.ok || !withAppliance.ok || !withCompiled.ok) throw new Error("expected three hits");
    expect(Object.keys(bare).sort()).toEqual(["ok", "session", "topology"]);
    expect(Object.keys(withAppliance).sort()).toEqual(["appliance", "ok", "session", "topology"]);
    expect(Object.keys(withCompiled).sort()).toEqual(["compiled", "ok", "session", "topology"]);
    // The types say the same: a part not asked for is not there to read by mistake.
    expectTypeOf(bare).not.toHaveProperty("appliance");
    expectTypeOf(bare).not.toHaveProperty("compiled");
    expectTypeOf(withAppliance.appliance).toEqualTypeOf<ApplianceView | null>();
    expectTypeOf(withAppliance).not.toHaveProperty("compiled");
    expectTypeOf(withCompiled.compiled).toEqualTypeOf<CompiledDocument>();
    expectTypeOf(withCompiled).not.toHaveProperty("appliance");
  });
});

describe("loadTopology (pages)", () => {
  it("returns the topology the member may see", async () => {
    signInAs(owner, "viewer");
    const { topology, appliance } = await loadTopology(completeId, {
      permission: "topology:read",
      include: ["appliance"],
    });
    expect(topology.id).toBe(completeId);
    expect(appliance?.id).toBe(applianceId);
  });

  it("is a 404 for another workspace's id and for a missing permission", async () => {
    signInAs(await createWorkspaceWithUser(), "owner");
    await expect(loadTopology(completeId, everything)).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    signInAs(owner, "viewer");
    await expect(loadTopology(completeId, { permission: "topology:share" })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });

  it("sends a signed-out visitor to sign in, as requireAppSession does", async () => {
    // The session double's requireAppSession throws where the real one redirects.
    await expect(loadTopology(completeId, everything)).rejects.toThrow("signed out");
  });
});

describe("readTopology (an already authorized workspace)", () => {
  it("reads only within the workspace it is given", async () => {
    const stranger = await createWorkspaceWithUser();
    expect(await readTopology(stranger.workspaceId, completeId)).toBeNull();
    expect(await readTopology(owner.workspaceId, "not-a-uuid")).toBeNull();
    const stored = await readTopology(owner.workspaceId, completeId, ["compiled"]);
    expect(stored?.compiled.desired).not.toBeNull();
  });
});
