// Every page a signed-in owner reaches with both example topologies on the demo appliance,
// checked by axe at desktop width; the pages people read on a phone (status, review, a
// wizard step) also must not scroll sideways at 390 px.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { documentOverflow, expectNoSeriousA11yViolations } from "./support/axe";
import { createFromExample } from "./support/create-from-example";
import { setupOwner } from "./support/setup-owner";
import { igelUmsStepIds, xenMobileStepIds } from "../lib/topology/schema/steps";

const shots = "e2e/.artifacts/screens";
const PHONE = { width: 390, height: 844 };

async function check(page: Page, url: string, label: string): Promise<void> {
  await page.goto(url);
  await page.locator("h1").first().waitFor();
  // Next streams the metadata after the page: wait for the title axe checks.
  await expect(page).toHaveTitle(/\S/);
  await expectNoSeriousA11yViolations(page, label);
}

async function expectNoSidewaysScroll(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.locator("h1").first().waitFor();
  await page.screenshot({ path: `${shots}/phone-${name}.png`, fullPage: true });
  const { scrollWidth } = await documentOverflow(page);
  expect.soft(scrollWidth, `${name} at 390 px scrolls sideways`).toBeLessThanOrEqual(PHONE.width);
}

test("every page passes axe (no serious or critical issues) and phone pages fit 390 px", async ({
  page,
}) => {
  // About 90 s on an idle machine; the margin is for a busy CI runner.
  test.setTimeout(180_000);
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  try {
    await setupOwner(page, app.url);
    await createFromExample(page, "IGEL UMS", "UMS production", "examples/igel-ums.json");
    const igel = page.url();
    await createFromExample(page, "XenMobile Server", "XMS cluster", "examples/xenmobile.json");
    const xms = page.url();

    await page.goto(`${igel}/share`);
    await page.getByRole("button", { name: "Create link" }).click();
    const shareUrl = await page.getByLabel("New read-only link").inputValue();

    const pages: [string, string][] = [
      ...igelUmsStepIds.map((step): [string, string] => [`${igel}/wizard/${step}`, `IGEL ${step}`]),
      ...xenMobileStepIds.map((step): [string, string] => [`${xms}/wizard/${step}`, `XMS ${step}`]),
      [igel, "IGEL topology"],
      [xms, "XMS topology"],
      [`${igel}/review`, "IGEL review"],
      [`${xms}/review`, "XMS review"],
      [`${igel}/status`, "IGEL status"],
      [`${xms}/status`, "XMS status"],
      [`${igel}/share`, "share settings"],
      [shareUrl, "share link view"],
      [`${app.url}/topologies`, "topologies"],
      [`${app.url}/settings`, "account settings"],
      [`${app.url}/settings/members`, "members"],
      [`${app.url}/settings/audit`, "audit"],
      [`${app.url}/appliances`, "appliances"],
      [`${app.url}/appliances/new`, "new appliance"],
      [`${app.url}/alerts`, "alerts"],
    ];
    for (const [url, label] of pages) {
      await test.step(label, () => check(page, url, label));
    }

    await test.step("390 px: status, review and a wizard step fit the screen", async () => {
      await page.setViewportSize(PHONE);
      await checkPhoneWidth(page, [
        [`${xms}/status`, "status"],
        [`${xms}/review`, "review"],
        [`${igel}/wizard/servers`, "wizard-servers"],
        [`${app.url}/topologies`, "topologies"],
        [`${app.url}/alerts`, "alerts"],
      ]);
    });
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});

async function checkPhoneWidth(page: Page, list: [string, string][]): Promise<void> {
  for (const [url, name] of list) await expectNoSidewaysScroll(page, url, name);
}
