// A team on one workspace: the owner invites an editor and a viewer by link (no mail server),
// each joins with a new account; the viewer can read but the UI offers no change and the
// server refuses one replayed from the owner's browser; the audit log shows who did what.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { createFromExample } from "./support/create-from-example";
import { setupOwner } from "./support/setup-owner";

const shots = "e2e/.artifacts/screens";

async function invite(
  page: Page,
  email: string,
  role: "Editor" | "Viewer",
  previousLink = "",
): Promise<string> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Invite as").selectOption({ label: role });
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = page.getByLabel("Invitation link");
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(link).not.toHaveValue(previousLink);
  return link.inputValue();
}

async function join(browser: Browser, link: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Join Datacenter team" })).toBeVisible();
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password").fill("colleague-pass-2026!");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page).toHaveURL(/\/topologies$/);
  return page;
}

interface CapturedAction {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** Posts a server action the owner's browser sent, as someone else (their cookies). */
async function replay(request: APIRequestContext, action: CapturedAction): Promise<string> {
  const response = await request.post(action.url, { headers: action.headers, data: action.body });
  return response.text();
}

test("the owner invites an editor and a viewer; the viewer cannot edit or apply", async ({
  browser,
}) => {
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  try {
    const ownerContext = await browser.newContext();
    const owner = await ownerContext.newPage();
    await setupOwner(owner, app.url);
    await createFromExample(owner, "IGEL UMS", "UMS production", "examples/igel-ums.json");
    const topologyUrl = owner.url();

    // The owner renames the topology; the request is kept to be replayed by the viewer.
    const renameRequest = owner.waitForRequest(
      (r) => r.method() === "POST" && Boolean(r.headers()["next-action"]),
    );
    await owner.getByLabel("Name", { exact: true }).fill("UMS cluster");
    await owner.getByRole("button", { name: "Rename" }).click();
    const sent = await renameRequest;
    await expect(owner.getByRole("heading", { name: "UMS cluster" })).toBeVisible();
    const headers = sent.headers();
    const rename: CapturedAction = {
      url: sent.url(),
      headers: {
        "next-action": headers["next-action"] ?? "",
        "content-type": headers["content-type"] ?? "",
        accept: "text/x-component",
        origin: app.url,
      },
      body: sent.postDataBuffer() ?? Buffer.alloc(0),
    };

    let editorLink = "";
    let viewerLink = "";
    await test.step("invite an editor and a viewer by link", async () => {
      await owner.getByRole("link", { name: "Settings" }).click();
      await owner.getByRole("link", { name: "Members" }).click();
      await expect(owner.getByText("no mail server is set up")).toBeVisible();
      editorLink = await invite(owner, "erin@example.test", "Editor");
      viewerLink = await invite(owner, "victor@example.test", "Viewer", editorLink);
      await expect(owner.getByTestId("invitation-row")).toHaveCount(2);
      await owner.screenshot({ path: `${shots}/members-invited.png`, fullPage: true });
    });

    await test.step("the editor joins and may change the topology", async () => {
      const editor = await join(browser, editorLink, "Erin Editor");
      await editor.getByRole("link", { name: "UMS cluster" }).click();
      await expect(editor.getByRole("link", { name: "Continue the wizard" })).toBeVisible();
      await expect(editor.getByRole("link", { name: "Review and apply" })).toBeVisible();
      await expect(editor.getByRole("button", { name: "Rename" })).toBeVisible();
      await editor.context().close();
    });

    await test.step("the viewer joins and sees no way to change anything", async () => {
      const viewer = await join(browser, viewerLink, "Victor Viewer");
      await expect(viewer.getByRole("button", { name: "Create topology" })).toHaveCount(0);
      await viewer.getByRole("link", { name: "UMS cluster" }).click();
      await expect(viewer.getByRole("heading", { name: "UMS cluster" })).toBeVisible();
      await expect(viewer.getByRole("link", { name: "Review and apply" })).toHaveCount(0);
      await expect(viewer.getByRole("button", { name: "Rename" })).toHaveCount(0);
      await expect(viewer.getByRole("button", { name: "Import" })).toHaveCount(0);
      await expect(viewer.getByRole("link", { name: "Share read-only link" })).toHaveCount(0);
      await viewer.screenshot({ path: `${shots}/viewer-topology.png`, fullPage: true });

      const posts: string[] = [];
      viewer.on("request", (r) => {
        if (r.method() === "POST" && r.headers()["next-action"]) posts.push(r.url());
      });
      await viewer.getByRole("link", { name: "View the wizard" }).click();
      await expect(viewer.getByTestId("read-only-banner")).toContainText(
        "You have read-only access (Viewer)",
      );
      await viewer.goto(`${topologyUrl}/wizard/servers`);
      await expect(viewer.getByLabel("Server 1 address")).toBeDisabled();
      await expect(viewer.getByRole("button", { name: "Add a UMS server" })).toHaveCount(0);
      await viewer.screenshot({ path: `${shots}/viewer-wizard.png`, fullPage: true });
      await viewer.goto(`${topologyUrl}/wizard/apply`);
      await expect(viewer.getByRole("button", { name: /^Apply / })).toHaveCount(0);
      expect(posts, "a viewer's wizard never saves").toEqual([]);

      await viewer.goto(`${topologyUrl}/review`);
      await expect(viewer.getByTestId("plan-not-available")).toBeVisible();
      await expect(viewer.getByRole("button", { name: /^Apply / })).toHaveCount(0);

      // Refused by the server too, not only hidden.
      const refused = await replay(viewer.context().request, rename);
      expect(refused).toContain("FORBIDDEN");
      const plan = await viewer
        .context()
        .request.get(`${topologyUrl.replace("/topologies/", "/api/topologies/")}/plan`);
      expect(plan.status()).toBe(404);
      await viewer.context().close();
    });

    await test.step("the topology is unchanged and the audit log tells the story", async () => {
      await owner.goto(topologyUrl);
      await expect(owner.getByRole("heading", { name: "UMS cluster" })).toBeVisible();
      await owner.goto(`${app.url}/settings/members`);
      await expect(owner.getByTestId("member-row")).toHaveCount(3);
      await expect(owner.getByTestId("invitation-row")).toHaveCount(0);
      await owner.getByRole("link", { name: "Audit log" }).click();
      await expect(owner.getByRole("table")).toContainText("erin@example.test");
      await expect(owner.getByRole("table")).toContainText("Victor Viewer");
      await owner.screenshot({ path: `${shots}/audit-log.png`, fullPage: true });
    });

    await test.step("the owner renames the workspace", async () => {
      await owner.getByRole("link", { name: "Account" }).click();
      await owner.getByLabel("Workspace name").fill("Datacenter ops");
      await owner.getByRole("button", { name: "Rename workspace" }).click();
      await expect(owner.getByText("Workspace renamed.")).toBeVisible();
      await expect(owner.getByRole("banner")).toContainText("Datacenter ops");
      await owner.screenshot({ path: `${shots}/settings-account.png`, fullPage: true });
    });
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
