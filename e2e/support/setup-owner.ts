import { expect, type Page } from "@playwright/test";

export const owner = {
  name: "Alex Admin",
  email: "alex@example.test",
  password: "ums-cluster-2026!",
};

/** Completes first-run setup on a fresh app and lands on the topologies page. */
export async function setupOwner(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/setup`);
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByLabel("Workspace name").fill("Datacenter team");
  await page.getByRole("button", { name: "Create owner account" }).click();
  await expect(page).toHaveURL(/\/topologies$/);
}
