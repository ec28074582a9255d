import { describe, expect, it } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { ActionError } from "@/lib/action-result";
import { getDb } from "@/lib/db/client";
import {
  createTopology,
  findTopology,
  listTopologies,
  renameTopology,
} from "@/lib/topologies/store";
import { createWorkspaceWithUser } from "../support/fixtures";

describe("topologies", () => {
  it("creates, lists and renames within the workspace, and records audit events", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createTopology(actor, { kind: "IGEL_UMS", name: "UMS production" });
    expect((await listTopologies(actor.workspaceId)).map((t) => t.name)).toEqual([
      "UMS production",
    ]);

    const renamed = await renameTopology(actor, { id, name: "UMS prod", expectedVersion: 1 });
    expect(renamed.version).toBe(2);
    expect((await findTopology(actor.workspaceId, id))?.name).toBe("UMS prod");

    const audit = await getDb().auditEvent.findMany({
      where: { targetId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual(["topology.created", "topology.renamed"]);
  });

  it("refuses a rename based on a stale version, keeping the newer name", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createTopology(actor, { kind: "XENMOBILE", name: "XMS" });
    await renameTopology(actor, { id, name: "XMS A", expectedVersion: 1 });
    const stale = renameTopology(actor, { id, name: "XMS B", expectedVersion: 1 });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await findTopology(actor.workspaceId, id))?.name).toBe("XMS A");
  });

  it("does not reveal or change another workspace's topology", async () => {
    const owner = await createWorkspaceWithUser();
    const stranger = await createWorkspaceWithUser();
    const id = await createTopology(owner, { kind: "IGEL_UMS", name: "Private" });
    expect(await findTopology(stranger.workspaceId, id)).toBeNull();
    const attempt = renameTopology(stranger, { id, name: "Hijacked", expectedVersion: 1 });
    await expect(attempt).rejects.toBeInstanceOf(ActionError);
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await findTopology(owner.workspaceId, id))?.name).toBe("Private");
  });
});

describe("password hashing", () => {
  it("uses the auth library's hash, never the clear text", async () => {
    const { hashPassword } = await import("better-auth/crypto");
    const hash = await hashPassword("correct horse battery");
    expect(hash).not.toContain("correct horse battery");
    expect(await verifyPassword({ hash, password: "correct horse battery" })).toBe(true);
    expect(await verifyPassword({ hash, password: "wrong" })).toBe(false);
  });
});
