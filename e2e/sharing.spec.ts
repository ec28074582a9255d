// Sharing one topology: a read-only link works signed out (addresses hidden) until revoked;
// a revision is restored; the runbook renders; export → import gives an equal topology.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { createFromExample } from "./support/create-from-example";
import { setupOwner } from "./support/setup-owner";
import { IGEL_SECTION_TITLES } from "../lib/topology/runbook/testing/context";

const shots = "e2e/.artifacts/screens";

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId("save-indicator")).toHaveAttribute("data-state", "saved");
}

test("share link signed out then revoked; restore a revision; runbook; export → import", async ({
  browser,
  page,
}) => {
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  try {
    await setupOwner(page, app.url);
    await createFromExample(page, "IGEL UMS", "UMS production", "examples/igel-ums.json");
    const topologyUrl = page.url();

    await test.step("a read-only link works for someone signed out, then is revoked", async () => {
      await page.getByRole("link", { name: "Share read-only link" }).click();
      await page.getByLabel("Label (optional)").fill("On-call");
      await page.getByLabel("Expires after").selectOption({ label: "1 day" });
      await expect(
        page.getByLabel("Show IP addresses and the appliance address"),
      ).not.toBeChecked();
      await page.getByRole("button", { name: "Create link" }).click();
      const shareUrl = await page.getByLabel("New read-only link").inputValue();
      expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{43}$/);
      await page.screenshot({ path: `${shots}/share-created.png`, fullPage: true });

      const stranger = await browser.newContext();
      const shared = await stranger.newPage();
      const response = await shared.goto(shareUrl);
      expect(response?.status()).toBe(200);
      expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
      await expect(shared.getByTestId("shared-view-banner")).toBeVisible();
      await expect(shared.getByTestId("shared-view-expiry")).toContainText("Addresses are hidden.");
      await expect(shared.getByRole("heading", { name: "Design" })).toBeVisible();
      await expect(shared.getByRole("heading", { name: "Live status" })).toBeVisible();
      await expect(shared.getByTestId("plan-summary")).toBeVisible();
      const html = await shared.content();
      expect(html).not.toContain("10.10.20.");
      expect(html).not.toContain("nsroot");
      await expect(shared.getByRole("link", { name: /wizard|Review and apply/i })).toHaveCount(0);
      await shared.screenshot({ path: `${shots}/share-view.png`, fullPage: true });

      await page.getByRole("button", { name: "Revoke On-call" }).click();
      await expect(page.getByTestId("share-link-state")).toHaveText("Revoked");
      const after = await shared.goto(shareUrl);
      expect(after?.status()).toBe(404);
      await expect(shared.getByRole("heading", { name: "This link does not work" })).toBeVisible();
      await stranger.close();
    });

    await test.step("an edit is undone by restoring the revision before it", async () => {
      await page.goto(`${topologyUrl}/wizard/database`);
      const host = page.getByLabel("Host", { exact: true });
      await expect(host).toHaveValue("umsdb.corp.local");
      await host.fill("umsdb-old.corp.local");
      await saved(page);
      await page.goto(`${topologyUrl}/history`);
      await expect(page.getByTestId("diff-table")).toBeVisible();
      const change = page.getByTestId("diff-row").filter({ hasText: "umsdb-old.corp.local" });
      await expect(change).toContainText("umsdb.corp.local");
      await page.screenshot({ path: `${shots}/history-diff.png`, fullPage: true });
      const rows = page.getByTestId(/^revision-row-\d+$/);
      const previous = rows.nth(1);
      const version = (await previous.getAttribute("data-testid"))?.replace("revision-row-", "");
      await previous
        .getByRole("link", { name: `Restore this version (version ${version})` })
        .click();
      await expect(page.getByTestId("restore-confirm")).toBeVisible();
      await page.getByRole("button", { name: `Restore version ${version}` }).click();
      await expect(page.getByTestId("alert-success")).toContainText("Version restored");
      await page.goto(`${topologyUrl}/wizard/database`);
      await expect(page.getByLabel("Host", { exact: true })).toHaveValue("umsdb.corp.local");
    });

    await test.step("the runbook renders every section and downloads as Markdown", async () => {
      await page.goto(topologyUrl);
      await page.getByRole("link", { name: "Runbook" }).click();
      const runbook = page.getByTestId("runbook");
      for (const heading of IGEL_SECTION_TITLES)
        await expect(runbook.getByRole("heading", { name: heading })).toBeVisible();
      await expect(runbook).toContainText("<choose-a-strong-password>");
      await page.screenshot({ path: `${shots}/runbook.png`, fullPage: true });
      await page.emulateMedia({ media: "print" });
      await page.screenshot({ path: `${shots}/runbook-print.png`, fullPage: true });
      await page.emulateMedia({ media: "screen" });
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Download Markdown" }).click();
      const markdown = readFileSync(await (await download).path(), "utf8");
      expect(markdown).toContain("## 4. NetScaler configuration");
      expect(markdown).toContain("save ns config");
    });

    await test.step("export → import gives an equal topology", async () => {
      await page.goto(topologyUrl);
      const exported = page.waitForEvent("download");
      await page.getByRole("link", { name: "Download JSON" }).click();
      const file = await (await exported).path();
      const original = readFileSync(file, "utf8");
      await page.getByRole("link", { name: "Topologies" }).click();
      await page.getByLabel("Topology file (JSON)").setInputFiles(file);
      await page.getByRole("button", { name: "Import topology" }).click();
      const success = page.getByTestId("import-success");
      await expect(success).toContainText("Imported as “UMS production (imported)”.");
      // Same workspace: the name and the object-name prefix are made unique, and said so.
      await expect(page.getByTestId("import-notices")).toBeVisible();
      await page.screenshot({ path: `${shots}/import-success.png`, fullPage: true });
      await page.getByTestId("import-open").click();
      await expect(page.getByRole("heading", { name: "UMS production (imported)" })).toBeVisible();
      const reexported = page.waitForEvent("download");
      await page.getByRole("link", { name: "Download JSON" }).click();
      const copy = readFileSync(await (await reexported).path(), "utf8");
      const withoutNames = (text: string) => {
        const {
          name: _name,
          prefix: _prefix,
          ...rest
        } = JSON.parse(text) as Record<string, unknown>;
        return rest;
      };
      expect(withoutNames(copy)).toEqual(withoutNames(original));
      expect(JSON.parse(copy)).toMatchObject({ name: "UMS production (imported)" });
    });
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
