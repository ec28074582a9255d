// Creates a topology through the UI, puts it on the demo appliance and imports an example
// document on its overview, ending on its (complete) topology page.
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

export async function createFromExample(
  page: Page,
  kind: "IGEL UMS" | "XenMobile Server",
  name: string,
  file: string,
): Promise<void> {
  await page.getByRole("link", { name: "Topologies" }).click();
  await page.getByLabel(kind).check();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create topology" }).click();
  // A new topology opens on the wizard's first step; an example is loaded on its overview.
  await expect(page).toHaveURL(/\/wizard\/prerequisites$/);
  await expect(page.getByRole("heading", { name: "Before you start" })).toBeVisible();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await page
    .getByLabel("NetScaler appliance")
    .selectOption({ label: "Demo NetScaler (simulated)" });
  await page.getByRole("button", { name: "Use this appliance" }).click();
  await expect(page.getByText("Applied to Demo NetScaler (simulated)")).toBeVisible();
  await page.getByRole("textbox", { name: "Topology JSON" }).fill(readFileSync(file, "utf8"));
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-complete")).toBeVisible();
}
