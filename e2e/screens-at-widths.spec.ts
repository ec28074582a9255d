// Both wizards (every step), Review and the topology page of both examples at desktop, tablet
// and phone width: a screenshot of each into e2e/.artifacts/screens/widths-*.png to look at,
// and no page may scroll sideways (wide content scrolls inside its own card).
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { documentOverflow } from "./support/axe";
import { createFromExample } from "./support/create-from-example";
import { setupOwner } from "./support/setup-owner";
import { igelUmsStepIds, xenMobileStepIds } from "../lib/topology/schema/steps";

const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
];

async function shootAt(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.locator("h1").first().waitFor();
  await expect(page.getByTestId("wizard-step-loading")).toHaveCount(0);
  // Lists read from the appliance (certificates, Gateways, its addresses) are part of the page.
  await expect(page.getByText(/^Reading /)).toHaveCount(0, { timeout: 15_000 });
  // Review reads the plan from the appliance: wait for it, it is most of the page.
  if (/\/review$/.test(url)) {
    await expect(page.getByTestId("plan-summary")).toBeVisible({ timeout: 30_000 });
  }
  const { width } = page.viewportSize() ?? { width: 0 };
  await page.screenshot({
    path: `e2e/.artifacts/screens/widths-${name}-${width}.png`,
    fullPage: true,
  });
  const { scrollWidth } = await documentOverflow(page);
  expect.soft(scrollWidth, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(width);
}

test("both wizards, review and the topology page at 1280, 768 and 390 px", async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  try {
    await setupOwner(page, app.url);
    await createFromExample(page, "IGEL UMS", "UMS production", "examples/igel-ums.json");
    const igel = page.url();
    await createFromExample(page, "XenMobile Server", "XMS cluster", "examples/xenmobile.json");
    const xms = page.url();
    const pages: [string, string][] = [
      ...igelUmsStepIds.map((step): [string, string] => [`${igel}/wizard/${step}`, `igel-${step}`]),
      ...xenMobileStepIds.map((step): [string, string] => [`${xms}/wizard/${step}`, `xms-${step}`]),
      [`${igel}/review`, "igel-review-page"],
      [`${xms}/review`, "xms-review-page"],
      [igel, "igel-topology"],
      [xms, "xms-topology"],
    ];
    for (const viewport of WIDTHS) {
      await test.step(`${viewport.width} px`, async () => {
        await page.setViewportSize(viewport);
        for (const [url, name] of pages) await shootAt(page, url, name);
      });
    }
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
