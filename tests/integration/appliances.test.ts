import { describe, expect, it } from "vitest";
import {
  createAppliance,
  deleteAppliance,
  findAppliance,
  getApplianceConnection,
  listAppliances,
  updateAppliance,
} from "@/lib/appliances/store";
import { PASSWORD_AGAIN } from "@/lib/appliances/credential-binding";
import { getDb } from "@/lib/db/client";
import { pinnedApplianceInput } from "@/lib/appliances/testing/appliance-input";
import { createTopology } from "@/lib/topologies/store";
import { createWorkspaceWithUser } from "../support/fixtures";

const input = pinnedApplianceInput;

describe("appliances", () => {
  it("stores the password encrypted and only hands it to the server-side connection", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createAppliance(actor, input());
    const row = await getDb().appliance.findUniqueOrThrow({ where: { id } });
    expect(row.passwordEncrypted).not.toContain("Secret-Appliance-Pw");

    const view = await findAppliance(actor.workspaceId, id);
    expect(JSON.stringify(view)).not.toContain("Secret-Appliance-Pw");
    expect(view && Object.keys(view)).not.toContain("passwordEncrypted");

    const connection = await getApplianceConnection(actor.workspaceId, id);
    expect(connection).toMatchObject({
      password: "Secret-Appliance-Pw",
      tls: { mode: "fingerprint", sha256: Array(32).fill("AB").join(":") },
    });
  });

  it("keeps the stored password when an edit leaves it blank, and replaces it otherwise", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createAppliance(actor, input());
    await updateAppliance(actor, id, input({ name: "adc1-renamed", password: "" }));
    expect((await getApplianceConnection(actor.workspaceId, id)).password).toBe(
      "Secret-Appliance-Pw",
    );
    await updateAppliance(actor, id, input({ password: "New-Pw-123456" }));
    expect((await getApplianceConnection(actor.workspaceId, id)).password).toBe("New-Pw-123456");
  });

  it("asks for the password again when an edit moves it to another address, user, partition or trust", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createAppliance(actor, input());
    const moves: Record<string, string>[] = [
      { baseUrl: "https://127.0.0.1:9444" },
      { username: "api-user" },
      { partition: "p1" },
      { tlsMode: "INSECURE" },
      { fingerprint256: "cd".repeat(32) },
    ];
    for (const move of moves) {
      await expect(
        updateAppliance(actor, id, input({ ...move, password: "" })),
      ).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fieldErrors: { password: [PASSWORD_AGAIN] },
      });
    }
    const row = await getDb().appliance.findUniqueOrThrow({ where: { id } });
    expect(row.baseUrl).toBe(input().baseUrl);
    await updateAppliance(
      actor,
      id,
      input({ baseUrl: "https://127.0.0.1:9444", password: "New-Pw-1" }),
    );
    expect(await getApplianceConnection(actor.workspaceId, id)).toMatchObject({
      baseUrl: "https://127.0.0.1:9444",
      password: "New-Pw-1",
    });
  });

  it("reports a duplicate name on the name field", async () => {
    const actor = await createWorkspaceWithUser();
    await createAppliance(actor, input());
    await expect(createAppliance(actor, input())).rejects.toMatchObject({
      fieldErrors: { name: ["Another appliance in this workspace has this name."] },
    });
  });

  it("is invisible to other workspaces", async () => {
    const owner = await createWorkspaceWithUser();
    const stranger = await createWorkspaceWithUser();
    const id = await createAppliance(owner, input());
    expect(await findAppliance(stranger.workspaceId, id)).toBeNull();
    expect(await listAppliances(stranger.workspaceId)).toEqual([]);
    await expect(getApplianceConnection(stranger.workspaceId, id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteAppliance(stranger, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses to remove an appliance that topologies use", async () => {
    const actor = await createWorkspaceWithUser();
    const id = await createAppliance(actor, input());
    const topologyId = await createTopology(actor, { kind: "IGEL_UMS", name: "t" });
    await getDb().topology.update({ where: { id: topologyId }, data: { applianceId: id } });
    await expect(deleteAppliance(actor, id)).rejects.toMatchObject({ code: "CONFLICT" });
    await getDb().topology.update({ where: { id: topologyId }, data: { applianceId: null } });
    await deleteAppliance(actor, id);
    expect(await findAppliance(actor.workspaceId, id)).toBeNull();
  });
});
