// GET /api/topologies/:id/runbook through the real route handler with a mocked session: the
// guard (401, and one 404 for another workspace, a malformed and an unknown id), Markdown and
// standalone HTML for a viewer, and a clear 422 for a topology that is not complete yet.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAppliance } from "@/lib/appliances/store";
import { pinnedApplianceInput } from "@/lib/appliances/testing/appliance-input";
import { createTopology } from "@/lib/topologies/store";
import { saveTopologyDocument, setTopologyAppliance } from "@/lib/topologies/documents";
import { PASSWORD_PLACEHOLDER } from "@/lib/topology/database-script";
import { igelExample } from "@/lib/topology/testing/examples";
import { createWorkspaceWithUser } from "../support/fixtures";
import { signInAs, signOut } from "../support/session-double";

vi.mock("@/lib/auth/session", () => import("../support/session-double"));

const { GET } = await import("@/app/api/topologies/[id]/runbook/route");

const APPLIANCE_USER = "runbook-api-user";
const APPLIANCE_PASSWORD = "Runbook-Appliance-Secret-9";

async function call(id: string, query = ""): Promise<Response> {
  return GET(new Request(`http://localhost/api/topologies/${id}/runbook${query}`), {
    params: Promise.resolve({ id }),
  });
}

const CONTENT_TYPES = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};

/** The complete topology's runbook as a viewer downloads it: 200, its type, an attachment. */
async function downloadAsViewer(format: "md" | "html"): Promise<Response> {
  signInAs(owner, "viewer");
  const response = await call(completeId, `?format=${format}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(CONTENT_TYPES[format]);
  expect(response.headers.get("content-disposition")).toBe(
    `attachment; filename="igel-runbook.${format}"`,
  );
  return response;
}

let owner: Awaited<ReturnType<typeof createWorkspaceWithUser>>;
let completeId: string;
let draftId: string;

beforeAll(async () => {
  owner = await createWorkspaceWithUser();
  completeId = await createTopology(owner, { kind: "IGEL_UMS", name: "UMS production" });
  const document = igelExample();
  document.prerequisites = {
    "database-ha": { done: true, by: "Alex", at: "2026-11-22T14:05:00.000Z" },
  };
  const saved = await saveTopologyDocument(owner, {
    id: completeId,
    expectedVersion: 1,
    document,
  });
  const applianceId = await createAppliance(
    owner,
    pinnedApplianceInput({
      name: "adc-runbook",
      username: APPLIANCE_USER,
      password: APPLIANCE_PASSWORD,
    }),
  );
  await setTopologyAppliance(owner, {
    id: completeId,
    applianceId,
    expectedVersion: saved.version,
  });
  draftId = await createTopology(owner, { kind: "XENMOBILE", name: "XMS draft" });
});

afterAll(() => {
  signOut();
});

describe("GET /api/topologies/:id/runbook", () => {
  it("answers 401 without a session", async () => {
    signOut();
    const response = await call(completeId);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "Your session has expired. Sign in again." });
  });

  it("answers the same 404 for another workspace's topology, a malformed and an unknown id", async () => {
    signInAs(await createWorkspaceWithUser(), "owner");
    const responses = await Promise.all([
      call(completeId),
      call("not-a-uuid"),
      call(randomUUID()),
      call(completeId, "?format=html"),
    ]);
    for (const response of responses) expect(response.status).toBe(404);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
  });

  it("downloads the Markdown runbook for a viewer", async () => {
    const response = await downloadAsViewer("md");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const md = await response.text();
    expect(md.startsWith("# Runbook: UMS production\n")).toBe(true);
    expect(md).toContain("- **Appliance:** adc-runbook\n");
    expect(md).toContain("- **Topology version:** 3\n");
    expect(md).toContain(
      "- ☑ **Make the shared database highly available** (done by Alex on 22 Nov 2026 14:05 UTC)",
    );
    expect(md).toContain("```sql\n");
    expect(md).toContain("add lb vserver igel_vs_30001 TCP 10.10.20.100 30001");
    expect(md).toContain(PASSWORD_PLACEHOLDER);
    expect(md).not.toContain(APPLIANCE_PASSWORD);
    expect(md).not.toContain(APPLIANCE_USER);
  });

  it("answers Markdown when no format is given", async () => {
    signInAs(owner, "editor");
    const response = await call(completeId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
  });

  it("downloads a standalone HTML runbook for a viewer", async () => {
    const response = await downloadAsViewer("html");
    const html = await response.text();
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<title>Runbook: UMS production</title>");
    expect(html).toContain("<style>");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<link");
    expect(html).not.toContain(APPLIANCE_PASSWORD);
    expect(html).not.toContain(APPLIANCE_USER);
  });

  it("answers 400 for an unknown format", async () => {
    signInAs(owner, "viewer");
    const response = await call(completeId, "?format=pdf");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "format must be md or html." });
  });

  it("answers 422 with the wizard's errors for a topology that is not complete", async () => {
    signInAs(owner, "viewer");
    const response = await call(draftId, "?format=md");
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: string;
      errors: { path: string; message: string }[];
    };
    expect(body.error).toBe("The topology is not complete yet: finish the wizard first.");
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors.some((e) => e.path.startsWith("mdm.") || e.path.startsWith("nodes."))).toBe(
      true,
    );
  });
});
