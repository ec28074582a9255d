// The /settings/audit page as the server renders it: not found for a viewer, the events in
// plain words for owners and editors, and nonsense in the URL shown as notices, not errors.
import { randomUUID } from "node:crypto";
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { audit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { createTopology } from "@/lib/topologies/store";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));

const { default: AuditLogPage } = await import("@/app/(app)/settings/audit/page");

async function render(params: Record<string, string> = {}): Promise<string> {
  const element = (await AuditLogPage({ searchParams: Promise.resolve(params) })) as ReactElement;
  return renderToStaticMarkup(createElement("div", null, element));
}

/** A workspace where Ada created and applied "UMS production", with Bob as a viewer. */
async function workspace() {
  const ada = await createWorkspaceWithUser("owner");
  await getDb().user.update({ where: { id: ada.userId }, data: { name: "Ada" } });
  const topologyId = await createTopology(
    { ...ada, clientAddress: "192.0.2.44" },
    { kind: "IGEL_UMS", name: "UMS production" },
  );
  await audit({ ...ada, clientAddress: "192.0.2.44" }, "topology.apply", {
    type: "topology",
    id: topologyId,
    detail: { runId: randomUUID(), status: "SUCCEEDED", error: null },
  });
  const bob = randomUUID();
  await getDb().user.create({ data: { id: bob, name: "Bob", email: `bob-${bob}@example.test` } });
  await getDb().membership.create({
    data: { id: randomUUID(), workspaceId: ada.workspaceId, userId: bob, role: "viewer" },
  });
  return { ada, bob, topologyId };
}

describe("/settings/audit", () => {
  it("is not found for a viewer", async () => {
    const { ada, bob } = await workspace();
    signInAs({ userId: bob, workspaceId: ada.workspaceId }, "viewer");
    await expect(AuditLogPage({ searchParams: Promise.resolve({}) })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });

  it("shows owners and editors the events in plain words, linked to the topology", async () => {
    const { ada, topologyId } = await workspace();
    signInAs(ada, "editor");
    const html = await render();
    expect(html).toContain("Audit log");
    expect(html).toContain("Applied topology UMS production");
    expect(html).toContain("Created topology UMS production");
    expect(html).toContain(`href="/topologies/${topologyId}"`);
    expect(html).toContain("192.0.2.44");
    expect(html).toContain("Ada");
    expect(html).toContain("Details");
    expect(html).toContain("&quot;status&quot;: &quot;SUCCEEDED&quot;");
    // The filter menus: members and topologies of this workspace.
    expect(html).toContain(">Bob (bob-");
    expect(html).toContain(`value="${topologyId}"`);
    expect(html.match(/data-testid="audit-row"/g)).toHaveLength(2);
  });

  it("keeps valid filters in the form and explains the ignored ones", async () => {
    const { ada } = await workspace();
    signInAs(ada, "owner");
    const html = await render({ action: "topology.apply", from: "2026-02-30", actor: "nobody" });
    expect(html).toContain("Some filters were ignored");
    expect(html).toContain("“2026-02-30” is not a date: the From date is ignored.");
    expect(html).toContain("That person is not a member of this workspace: showing everyone.");
    expect(html.match(/data-testid="audit-row"/g)).toHaveLength(1);
    expect(html).toContain('<option value="topology.apply" selected="">');
  });

  it("says when nothing matches", async () => {
    const { ada } = await workspace();
    signInAs(ada, "owner");
    const html = await render({ action: "share." });
    expect(html).toContain("No events match these filters");
  });
});
