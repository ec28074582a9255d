// Adding or editing an appliance so that it points at a NetScaler already registered (in any
// workspace, however the address is written) is allowed, with a notice that names nothing of
// the other entry or its workspace.
import { describe, expect, it, vi } from "vitest";
import { DEVICE_ALREADY_REGISTERED } from "@/lib/appliances/device-registered";
import { applianceFormFields } from "@/lib/appliances/testing/appliance-input";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("@/lib/server/client-address", () => import("../support/session-double"));
vi.mock("next/cache", () => import("../support/session-double"));

const { createApplianceAction, updateApplianceAction } =
  await import("@/app/(app)/appliances/actions");

const port = 20_000 + Math.floor(Math.random() * 20_000);

describe("an appliance for a NetScaler already registered", () => {
  it("is saved with a notice when another workspace registered the same device", async () => {
    const first = await createWorkspaceWithUser();
    signInAs(first, "owner");
    const alone = await createApplianceAction(
      applianceFormFields({ baseUrl: `https://127.0.0.1:${port}` }),
    );
    expect(alone).toMatchObject({ ok: true });
    expect(alone.ok && alone.data.notice).toBeFalsy();

    const second = await createWorkspaceWithUser();
    signInAs(second, "owner");
    const again = await createApplianceAction(
      applianceFormFields({ name: "same box", baseUrl: `HTTPS://127.0.0.1:${port}/` }),
    );
    expect(again).toMatchObject({ ok: true, data: { notice: DEVICE_ALREADY_REGISTERED } });
  });

  it("warns on an edit that moves an entry onto a registered device, not on others", async () => {
    const owner = await createWorkspaceWithUser();
    signInAs(owner, "owner");
    const partitioned = await createApplianceAction(
      applianceFormFields({ baseUrl: `https://127.0.0.1:${port + 1}`, partition: "p1" }),
    );
    const other = await createApplianceAction(
      applianceFormFields({ name: "other", baseUrl: `https://127.0.0.1:${port + 1}` }),
    );
    // Same host and port, another partition: another device.
    expect(other.ok && other.data.notice).toBeFalsy();
    if (!partitioned.ok || !other.ok) throw new Error("setup failed");
    const moved = await updateApplianceAction({
      id: other.data.id,
      ...applianceFormFields({
        name: "other",
        baseUrl: `https://127.0.0.1:${port + 1}`,
        partition: "p1",
      }),
    });
    expect(moved).toMatchObject({ ok: true, data: { notice: DEVICE_ALREADY_REGISTERED } });
  });
});
