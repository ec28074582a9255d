import { readFileSync } from "node:fs";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { createFromExample } from "./support/create-from-example";
import { setupOwner } from "./support/setup-owner";

test("plan and apply both example topologies on the demo appliance; re-planning shows no changes", async ({
  page,
}) => {
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  try {
    await setupOwner(page, app.url);

    await test.step("a bad import is refused with the reason, nothing lost", async () => {
      await page.getByLabel("IGEL UMS").check();
      await page.getByLabel("Name", { exact: true }).fill("Scratch");
      await page.getByRole("button", { name: "Create topology" }).click();
      await expect(page).toHaveURL(/\/wizard\/prerequisites$/);
      await page.getByRole("link", { name: "Scratch", exact: true }).click();
      await page
        .getByRole("textbox", { name: "Topology JSON" })
        .fill(readFileSync("examples/xenmobile.json", "utf8"));
      await page.getByRole("button", { name: "Import" }).click();
      await expect(page.getByTestId("error-json")).toContainText("not IGEL_UMS");
      await expect(page.getByRole("textbox", { name: "Topology JSON" })).not.toHaveValue("");
    });

    for (const example of [
      { kind: "IGEL UMS" as const, name: "UMS production", file: "examples/igel-ums.json" },
      { kind: "XenMobile Server" as const, name: "XMS cluster", file: "examples/xenmobile.json" },
    ]) {
      await test.step(`${example.kind}: review, apply, re-plan`, async () => {
        await createFromExample(page, example.kind, example.name, example.file);
        await page.getByRole("link", { name: "Review and apply" }).click();
        await expect(page.getByTestId("plan-summary")).toContainText("to create");
        // The request list is the per-object equivalent; the apply groups creates in bulk.
        await expect(page.getByTestId("nitro-requests-note")).toContainText(
          "per-object equivalent",
        );
        await page.screenshot({
          path: `e2e/.artifacts/screens/review-${example.kind.replace(/ /g, "-")}.png`,
          fullPage: true,
        });
        // Open warnings (the unticked prerequisites) are listed under their step, in the
        // wizard's words, linking to the field; Apply waits until they are acknowledged.
        const warnings = page.getByTestId("validation-warnings");
        const prerequisite = warnings.getByRole("link", { name: /^Prerequisites › / }).first();
        await expect(prerequisite).toHaveAttribute(
          "href",
          /\/wizard\/prerequisites#wf-prerequisites__/,
        );
        await expect(warnings).not.toContainText("prerequisites.");
        const applyButton = page.getByRole("button", {
          name: /^Apply \d+ change\(s\) to Demo NetScaler/,
        });
        await expect(applyButton).toBeDisabled();
        await page.getByLabel(/^I have read the \d+ warnings?$/).check();
        await applyButton.click();
        await expect(page.getByTestId("apply-status")).toHaveText("Applied", { timeout: 30_000 });
        await expect(page.getByText("configuration saved")).toBeVisible();
        await expect(page.getByTestId("plan-summary")).toContainText("No changes");
        await page.screenshot({
          path: `e2e/.artifacts/screens/applied-${example.kind.replace(/ /g, "-")}.png`,
          fullPage: true,
        });
      });
    }
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
