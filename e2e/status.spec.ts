// The live status page against a real (standalone) simulator whose members are listeners in
// this test process: stop one → DOWN in the browser; start it → UP; stop the appliance →
// the stale banner, with the last data still shown.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { MemberListener } from "./support/member-listener";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { setupOwner } from "./support/setup-owner";
import { startStandaloneSimulator, type StandaloneSimulator } from "./support/standalone-sim";

const PASSWORD = "Status-Lab-Secret-4417";
const POLL_MS = 1000;
const PROBE_MS = 1000;
const SERVERS = ["127.0.0.2", "127.0.0.3"];
const PORTS = [30001, 8443, 9080];

function watchConsole(page: Page, errors: string[]) {
  page.on("console", (message) => {
    const url = message.location().url;
    if (message.type() === "error" && !url.endsWith("/favicon.ico"))
      errors.push(`${message.text()} (${url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
}

function memberRow(page: Page, ip: string, port: number) {
  return page.locator('[data-testid^="member-"]').filter({ hasText: `${ip}:${port}` });
}

test("live status: a member goes DOWN and UP, an unreachable appliance goes stale", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const listeners = SERVERS.flatMap((host) => PORTS.map((port) => new MemberListener(host, port)));
  await Promise.all(listeners.map((l) => l.start()));
  const dataDir = createDataDir();
  let simulator: StandaloneSimulator | null = await startStandaloneSimulator([
    "--tls",
    "--password",
    PASSWORD,
    "--probe-interval",
    String(PROBE_MS),
  ]);
  const app: AppServer = await startApp({
    dataDir,
    env: { STATUS_POLL_INTERVAL_MS: String(POLL_MS) },
  });
  const consoleErrors: string[] = [];
  watchConsole(page, consoleErrors);
  try {
    await setupOwner(page, app.url);

    await test.step("add the lab appliance and apply a UMS topology on loopback", async () => {
      await page.getByRole("link", { name: "Appliances" }).click();
      await page.getByRole("link", { name: "Add appliance" }).first().click();
      await page.getByLabel("Name", { exact: true }).fill("status-lab");
      await page.getByLabel("Management address").fill(simulator!.url);
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Fetch the certificate from the appliance" }).click();
      await page.getByRole("button", { name: "Trust this fingerprint" }).click();
      await page.getByRole("button", { name: "Add appliance" }).click();
      await expect(page).toHaveURL(/\/appliances$/);

      const doc = JSON.parse(readFileSync("examples/igel-ums.json", "utf8")) as {
        servers: Array<{ address: string }>;
      };
      doc.servers.forEach((server, i) => (server.address = SERVERS[i]!));
      await page.getByRole("link", { name: "Topologies" }).click();
      await page.getByLabel("IGEL UMS").check();
      await page.getByLabel("Name", { exact: true }).fill("UMS on loopback");
      await page.getByRole("button", { name: "Create topology" }).click();
      await expect(page).toHaveURL(/\/wizard\/prerequisites$/);
      await page.getByRole("link", { name: "UMS on loopback", exact: true }).click();
      await expect(page.getByRole("heading", { name: "UMS on loopback" })).toBeVisible();
      await page.getByLabel("NetScaler appliance").selectOption({ label: "status-lab" });
      await page.getByRole("button", { name: "Use this appliance" }).click();
      await expect(page.getByText("Applied to status-lab")).toBeVisible();
      await page.getByRole("textbox", { name: "Topology JSON" }).fill(JSON.stringify(doc, null, 2));
      await page.getByRole("button", { name: "Import" }).click();
      await expect(page.getByTestId("document-complete")).toBeVisible();

      await page.getByRole("link", { name: "Review and apply" }).click();
      await page.getByLabel(/^I have read the \d+ warnings?$/).check();
      await page.getByRole("button", { name: /^Apply \d+ change\(s\) to status-lab/ }).click();
      await expect(page.getByTestId("apply-status")).toHaveText("Applied", { timeout: 30_000 });
      await page.getByRole("link", { name: /^Back to / }).click();
    });

    await test.step("the status page paints with data and every member comes UP", async () => {
      await page.getByRole("link", { name: "Live status" }).click();
      await expect(
        page.getByRole("heading", { name: "Live status of UMS on loopback" }),
      ).toBeVisible();
      // First paint from the server: the rows are there without waiting for a client fetch.
      await expect(page.locator('[data-testid^="vserver-"]')).toHaveCount(3);
      await expect(page.locator('[data-testid^="member-"]')).toHaveCount(6);
      for (const host of SERVERS)
        for (const port of PORTS)
          await expect(memberRow(page, host, port).getByTestId("state")).toHaveText("UP", {
            timeout: 15_000,
          });
      await expect(page.getByTestId("appliance-reachability")).toHaveText("Reachable");
      await expect(page.getByTestId("appliance-updated")).toContainText("ago");
      await expect(page.getByTestId("status-stale")).toHaveCount(0);
      // Applied, so the watcher polls it with nobody looking.
      await expect(page.getByTestId("watching-line")).toContainText(/Watching .*last poll .* ago/);
      await page.screenshot({ path: "e2e/.artifacts/screens/status-up.png", fullPage: true });
      // The same page at tablet and phone width, to look at (sideways scroll is checked by
      // e2e/accessibility.spec.ts).
      for (const viewport of [
        { width: 768, height: 1024 },
        { width: 390, height: 844 },
      ]) {
        await page.setViewportSize(viewport);
        await page.screenshot({
          path: `e2e/.artifacts/screens/status-up-${viewport.width}.png`,
          fullPage: true,
        });
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    const vserver8443 = page.locator('[data-testid^="vserver-"]').filter({ hasText: ":8443" });
    const stopped = listeners.find((l) => l.host === "127.0.0.2" && l.port === 8443)!;

    await test.step("a stopped member shows DOWN within interval + probe + 2 s", async () => {
      await expect(vserver8443.getByTestId("health")).toHaveText("100 %");
      const started = Date.now();
      await stopped.stop();
      const budget = POLL_MS + PROBE_MS + 2000;
      await expect(memberRow(page, stopped.host, 8443).getByTestId("state")).toHaveText("DOWN", {
        timeout: budget + 1000,
      });
      const took = Date.now() - started;
      console.info(`member DOWN shown after ${took} ms (budget ${budget} ms)`);
      expect(took).toBeLessThanOrEqual(budget);
      await expect(vserver8443.getByTestId("health")).not.toHaveText("100 %");
      await expect(vserver8443.getByTestId("active-members")).toHaveText("1 of 2");
      await expect(page.getByTestId("transition").first()).toContainText("DOWN");
      await page.screenshot({
        path: "e2e/.artifacts/screens/status-member-down.png",
        fullPage: true,
      });
    });

    await test.step("the topology list summarises the stored status", async () => {
      await page.getByRole("link", { name: "Topologies" }).click();
      const row = page.getByTestId("topology-row").filter({ hasText: "UMS on loopback" });
      await expect(row.getByTestId("topology-live")).toContainText("3 of 3 vservers UP");
      await expect(row.getByTestId("topology-live")).toContainText("1 member DOWN");
      await page.screenshot({ path: "e2e/.artifacts/screens/list-live.png", fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: "e2e/.artifacts/screens/list-live-390.png", fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await row.getByRole("link", { name: "UMS on loopback" }).click();
      await page.getByRole("link", { name: "Live status" }).click();
      await expect(memberRow(page, stopped.host, 8443).getByTestId("state")).toHaveText("DOWN");
    });

    await test.step("the timeline filters by object and state", async () => {
      await page.getByRole("combobox", { name: "Changed to" }).selectOption("DOWN");
      await expect(page.getByTestId("transition")).toHaveCount(1);
      await page.getByRole("combobox", { name: "Changed to" }).selectOption("");
    });

    await test.step("restarted, the member is UP again", async () => {
      const started = Date.now();
      await stopped.start();
      await expect(memberRow(page, stopped.host, 8443).getByTestId("state")).toHaveText("UP", {
        timeout: 10_000,
      });
      console.info(`member UP shown after ${Date.now() - started} ms`);
      await expect(vserver8443.getByTestId("health")).toHaveText("100 %");
    });

    await test.step("an unreachable appliance: stale banner, last data kept", async () => {
      const started = Date.now();
      await simulator!.stop();
      simulator = null;
      const stale = page.getByRole("status", { name: "Status data is out of date" });
      await expect(stale).toBeVisible({ timeout: 15_000 });
      console.info(`stale banner shown after ${Date.now() - started} ms`);
      await expect(page.getByTestId("appliance-reachability")).toHaveText("Not reachable");
      await expect(page.getByTestId("appliance-failure")).not.toBeEmpty();
      await expect(memberRow(page, "127.0.0.3", 30001).getByTestId("state")).toHaveText("UP");
      await expect(page.locator('[data-testid^="member-"]')).toHaveCount(6);
      await page.screenshot({ path: "e2e/.artifacts/screens/status-stale.png", fullPage: true });
    });

    expect(consoleErrors).toEqual([]);
  } finally {
    await app.stop();
    await simulator?.stop();
    await Promise.all(listeners.map((l) => l.stop()));
    removeDataDir(dataDir);
  }
});
