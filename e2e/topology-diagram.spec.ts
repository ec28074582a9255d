// The topology diagram on the topology and review pages, for both examples, in light
// and dark mode and at tablet width. Screenshots go to e2e/.artifacts/screens/diagram-*.png.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { createFromExample } from "./support/create-from-example";
import { setupOwner } from "./support/setup-owner";

const examples = [
  {
    kind: "IGEL UMS" as const,
    name: "UMS production",
    file: "examples/igel-ums.json",
    slug: "igel-ums",
    objects: [
      "lbvserver/igel_vs_30001",
      "servicegroup/igel_sg_8443",
      "dnsaddrec/igel.corp.local/10.10.20.100",
    ],
  },
  {
    kind: "XenMobile Server" as const,
    name: "XMS cluster",
    file: "examples/xenmobile.json",
    slug: "xenmobile",
    objects: [
      "lbvserver/xms_mdm_vs_443",
      "lbvserver/xms_mam_vs_8443",
      "vpnvserver_appcontroller_binding/ag_vs/https://xms.corp.local:8443",
    ],
  },
];

async function shoot(page: Page, path: string) {
  await page.getByTestId("topology-diagram").screenshot({ path: `e2e/.artifacts/screens/${path}` });
}

test("both example topologies are drawn on the topology and review pages", async ({ page }) => {
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  try {
    await setupOwner(page, app.url);
    for (const example of examples) {
      await test.step(example.kind, async () => {
        await createFromExample(page, example.kind, example.name, example.file);
        const diagram = page.getByRole("group", { name: `Topology diagram: ${example.name}` });
        await expect(diagram).toBeVisible();
        for (const id of example.objects) {
          await expect(diagram.locator(`[data-object-id="${id}"]`)).toHaveCount(1);
        }
        // Every box is in the Tab order, named by its full text, which shows under it on focus.
        const first = diagram.locator(`[data-object-id="${example.objects[0]}"]`);
        const fullName = (await first.getAttribute("aria-label")) ?? "";
        expect(fullName).toContain(example.objects[0]?.split("/")[1]);
        await expect(diagram.getByRole("img", { name: fullName, exact: true })).toHaveCount(1);
        await first.focus();
        await expect(first).toBeFocused();
        const label = page.getByTestId("diagram-focus-label");
        await expect(label).toHaveText(fullName);
        await shoot(page, `diagram-${example.slug}-focus.png`);
        await page.keyboard.press("Tab");
        const focusedName = await page.evaluate(
          () => document.activeElement?.getAttribute("data-full-name") ?? "",
        );
        expect(focusedName).not.toBe("");
        expect(focusedName).not.toBe(fullName);
        await expect(label).toHaveText(focusedName);
        await shoot(page, `diagram-${example.slug}.png`);
        await page.emulateMedia({ colorScheme: "dark" });
        await shoot(page, `diagram-${example.slug}-dark.png`);
        await page.emulateMedia({ colorScheme: "light" });
        await page.setViewportSize({ width: 768, height: 1024 });
        await shoot(page, `diagram-${example.slug}-768.png`);
        await page.setViewportSize({ width: 1280, height: 800 });

        await page.getByRole("link", { name: "Review and apply" }).click();
        await expect(
          page.getByRole("group", { name: `Topology diagram: ${example.name}` }),
        ).toBeVisible();
        await expect(page.getByTestId("plan-summary")).toContainText("to create");
        await page.screenshot({
          path: `e2e/.artifacts/screens/diagram-review-${example.slug}.png`,
          fullPage: true,
        });
      });
    }
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
