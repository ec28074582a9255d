// Managing appliances (their NetScaler credentials) is for owners unless the workspace lets
// editors do it: the setting is owner-only and audited, and every appliance action follows it.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applianceFormFields } from "@/lib/appliances/testing/appliance-input";
import { getDb } from "@/lib/db/client";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

const { createApplianceAction } = await import("@/app/(app)/appliances/actions");
const { testApplianceInputAction } = await import("@/app/(app)/appliances/connection-actions");
const { setApplianceAccessAction } = await import("@/app/(app)/settings/appliance-access-action");

const forbidden = { ok: false, code: "FORBIDDEN" };
let member: Awaited<ReturnType<typeof createWorkspaceWithUser>>;

beforeAll(async () => {
  member = await createWorkspaceWithUser();
});

afterAll(() => signOut());

async function editorAdds(name: string) {
  signInAs(member, "editor");
  return createApplianceAction(applianceFormFields({ name }));
}

describe("appliance credentials in a workspace", () => {
  it("are for owners by default: an editor may not add or test appliances", async () => {
    expect(await editorAdds("adc-editor")).toMatchObject(forbidden);
    expect(await testApplianceInputAction(applianceFormFields())).toMatchObject(forbidden);
    signInAs(member, "owner");
    expect(await createApplianceAction(applianceFormFields({ name: "adc-owner" }))).toMatchObject({
      ok: true,
    });
  });

  it("can be opened to editors by an owner only, and the change is audited", async () => {
    signInAs(member, "editor");
    expect(await setApplianceAccessAction({ editors: "on" })).toMatchObject(forbidden);
    signInAs(member, "owner");
    expect(await setApplianceAccessAction({ editors: "on" })).toEqual({
      ok: true,
      data: { changed: true },
    });
    expect(await editorAdds("adc-editor")).toMatchObject({ ok: true });
    signInAs(member, "viewer");
    expect(await createApplianceAction(applianceFormFields({ name: "v" }))).toMatchObject(
      forbidden,
    );

    signInAs(member, "owner");
    await setApplianceAccessAction({ editors: "off" });
    expect(await editorAdds("adc-editor-2")).toMatchObject(forbidden);

    const events = await getDb().auditEvent.findMany({
      where: { workspaceId: member.workspaceId, action: { startsWith: "workspace.appliances_" } },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([
      "workspace.appliances_delegated",
      "workspace.appliances_reserved",
    ]);
  });
});
