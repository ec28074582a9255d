// One HA story and why a member is DOWN, in real Chromium: the appliance's connection test and
// the topology's status page say the same HA words for the same box (a standalone box, and the
// primary of an HA pair), and a stopped member shows its monitor's last response next to DOWN.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { MemberListener } from "./support/member-listener";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { createFromExample } from "./support/create-from-example";
import { setupOwner } from "./support/setup-owner";
import { startStandaloneSimulator, type StandaloneSimulator } from "./support/standalone-sim";

const PASSWORD = "Ha-Story-Lab-Secret-5521";
const POLL_MS = 1000;
// Loopback addresses of their own, so this spec can run next to status.spec.ts.
const SERVERS = ["127.0.0.4", "127.0.0.5"];
const PORTS = [30001, 8443, 9080];

/** The HA words of a connection test result shown inside `scope`. */
function testedHaWords(scope: Locator | Page): Locator {
  return scope
    .getByTestId("connection-info")
    .locator("dt", { hasText: "HA role" })
    .locator("xpath=following-sibling::dd[1]");
}

function memberRow(page: Page, ip: string, port: number): Locator {
  return page.locator('[data-testid^="member-"]').filter({ hasText: `${ip}:${port}` });
}

async function openStatus(page: Page, topology: string): Promise<void> {
  await page.getByRole("link", { name: "Topologies" }).click();
  await page.getByRole("link", { name: topology, exact: true }).click();
  await page.getByRole("link", { name: "Live status" }).click();
  await expect(page.getByRole("heading", { name: `Live status of ${topology}` })).toBeVisible();
}

test("the HA words agree between the appliance page and the status page; a DOWN member says why", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const listeners = SERVERS.flatMap((host) => PORTS.map((port) => new MemberListener(host, port)));
  await Promise.all(listeners.map((l) => l.start()));
  const dataDir = createDataDir();
  const pair: StandaloneSimulator = await startStandaloneSimulator([
    "--tls",
    "--password",
    PASSWORD,
    "--probe-interval",
    "1000",
    "--ha-pair",
  ]);
  const app: AppServer = await startApp({
    dataDir,
    env: { STATUS_POLL_INTERVAL_MS: String(POLL_MS) },
  });
  try {
    await setupOwner(page, app.url);

    await test.step("a standalone box: 'Standalone (no HA pair)' on both pages", async () => {
      await page.getByRole("link", { name: "Appliances" }).click();
      const demo = page.getByRole("listitem").filter({ hasText: "Demo NetScaler (simulated)" });
      await demo.getByRole("button", { name: "Test connection" }).click();
      await expect(testedHaWords(demo)).toHaveText("Standalone (no HA pair)");
      await createFromExample(page, "IGEL UMS", "UMS on the demo box", "examples/igel-ums.json");
      await openStatus(page, "UMS on the demo box");
      await expect(page.getByTestId("appliance-ha-role")).toHaveText("Standalone (no HA pair)", {
        timeout: 5 * POLL_MS,
      });
    });

    await test.step("the primary of an HA pair: 'HA primary' on both pages", async () => {
      await page.getByRole("link", { name: "Appliances" }).click();
      await page.getByRole("link", { name: "Add appliance" }).first().click();
      await page.getByLabel("Name", { exact: true }).fill("ha-lab");
      await page.getByLabel("Management address").fill(pair.url);
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Fetch the certificate from the appliance" }).click();
      await page.getByRole("button", { name: "Trust this fingerprint" }).click();
      await page.getByRole("button", { name: "Add appliance" }).click();
      await expect(page).toHaveURL(/\/appliances$/);
      const card = page.getByRole("listitem").filter({ hasText: "ha-lab" });
      await card.getByRole("button", { name: "Test connection" }).click();
      await expect(testedHaWords(card)).toHaveText("HA primary");

      const doc = JSON.parse(readFileSync("examples/igel-ums.json", "utf8")) as {
        servers: Array<{ address: string }>;
      };
      doc.servers.forEach((server, i) => (server.address = SERVERS[i]!));
      await page.getByRole("link", { name: "Topologies" }).click();
      await page.getByLabel("IGEL UMS").check();
      await page.getByLabel("Name", { exact: true }).fill("UMS on the HA pair");
      await page.getByRole("button", { name: "Create topology" }).click();
      // A new topology opens on the wizard's first step or on its overview; go to the overview.
      await expect(page).toHaveURL(/\/topologies\/[^/]+(\/wizard\/prerequisites)?$/);
      if (page.url().endsWith("/wizard/prerequisites"))
        await page.getByRole("link", { name: "UMS on the HA pair", exact: true }).click();
      await expect(page.getByRole("heading", { name: "UMS on the HA pair" })).toBeVisible();
      await page.getByLabel("NetScaler appliance").selectOption({ label: "ha-lab" });
      await page.getByRole("button", { name: "Use this appliance" }).click();
      await expect(page.getByText("Applied to ha-lab")).toBeVisible();
      await page.getByRole("textbox", { name: "Topology JSON" }).fill(JSON.stringify(doc, null, 2));
      await page.getByRole("button", { name: "Import" }).click();
      await expect(page.getByTestId("document-complete")).toBeVisible();
      await page.getByRole("link", { name: "Review and apply" }).click();
      await page.getByLabel(/^I have read the \d+ warnings?$/).check();
      await page.getByRole("button", { name: /^Apply \d+ change\(s\) to ha-lab/ }).click();
      await expect(page.getByTestId("apply-status")).toHaveText("Applied", { timeout: 30_000 });

      await openStatus(page, "UMS on the HA pair");
      await expect(page.getByTestId("appliance-ha-role")).toHaveText("HA primary", {
        timeout: 5 * POLL_MS,
      });
      for (const host of SERVERS)
        for (const port of PORTS)
          await expect(memberRow(page, host, port).getByTestId("state")).toHaveText("UP", {
            timeout: 15_000,
          });
      await expect(page.locator('[data-testid^="reason-"]')).toHaveCount(0);
    });

    await test.step("a stopped member shows DOWN with its monitor's last response", async () => {
      const stopped = listeners.find((l) => l.host === SERVERS[0] && l.port === 8443)!;
      await stopped.stop();
      const row = memberRow(page, stopped.host, 8443);
      await expect(row.getByTestId("state")).toHaveText("DOWN", { timeout: 10_000 });
      const reason = page.locator('[data-testid^="reason-"]');
      await expect(reason).toHaveText(/DOWN: Failure - TCP syn sent, reset received\.$/, {
        timeout: 5 * POLL_MS,
      });
      // Right under the DOWN member's row, and only for it.
      await expect(reason).toHaveCount(1);
      const rowBox = await row.boundingBox();
      const reasonBox = await reason.boundingBox();
      expect(
        Math.abs((reasonBox?.y ?? 0) - ((rowBox?.y ?? 0) + (rowBox?.height ?? 0))),
      ).toBeLessThan(2);
      await page.screenshot({
        path: "e2e/.artifacts/screens/status-member-reason-1280.png",
        fullPage: true,
      });
      await page.setViewportSize({ width: 390, height: 844 });
      // The reason starts at the table's left edge, in view without scrolling the table.
      await reason.locator("p").scrollIntoViewIfNeeded();
      await expect(reason.locator("p")).toBeInViewport();
      const textBox = await reason.locator("p").boundingBox();
      expect(textBox?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((textBox?.x ?? 0) + (textBox?.width ?? 0)).toBeLessThanOrEqual(390);
      // The reason wraps in its own row: the page itself never scrolls sideways.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: "e2e/.artifacts/screens/status-member-reason-390.png",
        fullPage: true,
      });
      await page.setViewportSize({ width: 1280, height: 900 });
      await stopped.start();
      await expect(row.getByTestId("state")).toHaveText("UP", { timeout: 10_000 });
      await expect(reason).toHaveCount(0, { timeout: 5 * POLL_MS });
    });
  } finally {
    await app.stop();
    await pair.stop();
    await Promise.all(listeners.map((l) => l.stop()));
    removeDataDir(dataDir);
  }
});
