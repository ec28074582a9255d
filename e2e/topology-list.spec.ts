// The topologies list: state, appliance and editor per row; duplicate, archive (with undo)
// and restore. Screenshots go to e2e/.artifacts/screens/list-*.png.
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { createFromExample } from "./support/create-from-example";
import { owner, setupOwner } from "./support/setup-owner";

test("duplicate, archive, undo and restore from the list", async ({ page }) => {
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  try {
    await setupOwner(page, app.url);
    await createFromExample(page, "IGEL UMS", "UMS production", "examples/igel-ums.json");
    await page.getByRole("link", { name: "Topologies" }).click();

    const rows = page.getByTestId("topology-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText("IGEL UMS");
    await expect(rows.first().getByTestId("topology-state")).toHaveText("Planned");
    await expect(rows.first()).toContainText("Demo NetScaler (simulated)");
    await expect(rows.first()).toContainText("Simulated");
    await expect(rows.first()).toContainText(`Edited by ${owner.name}`);

    await page.getByRole("button", { name: "Duplicate UMS production" }).click();
    await expect(page.getByRole("heading", { name: "UMS production (copy)" })).toBeVisible();
    await page.getByRole("link", { name: "Topologies" }).click();
    await expect(rows).toHaveCount(2);
    await page.screenshot({ path: "e2e/.artifacts/screens/list-active.png", fullPage: true });

    await page.getByRole("button", { name: "Archive UMS production (copy)" }).click();
    const notice = page.getByTestId("list-notice");
    await expect(notice).toContainText("“UMS production (copy)” is archived");
    await expect(notice).toBeFocused();
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole("link", { name: "Archived (1)" })).toBeVisible();
    await page.screenshot({ path: "e2e/.artifacts/screens/list-archive-notice.png" });
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(notice).toContainText("“UMS production (copy)” is back in the list.");
    await expect(rows).toHaveCount(2);

    await page.getByRole("button", { name: "Archive UMS production (copy)" }).click();
    await expect(rows).toHaveCount(1);
    await page.getByRole("link", { name: "Archived (1)" }).click();
    await expect(rows).toHaveCount(1);
    // Read-only: no link to open it, only Restore.
    await expect(rows.first().getByRole("link")).toHaveCount(0);
    await page.screenshot({ path: "e2e/.artifacts/screens/list-archived.png", fullPage: true });
    await page.getByRole("button", { name: "Restore UMS production (copy)" }).click();
    await expect(notice).toContainText("is back in the list");
    await expect(rows).toHaveCount(2);
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
