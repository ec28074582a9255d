// Alerts with nobody looking: a UMS topology applied to a standalone simulator whose members
// are listeners in this process, a webhook receiver on loopback, and the Alerts UI creating
// the channel, the rule and the silence. While waiting for notices the browser is on a blank
// page, so only the always-on watcher and the alert evaluator can notice anything.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { MemberListener } from "./support/member-listener";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { setupOwner } from "./support/setup-owner";
import { startStandaloneSimulator, type StandaloneSimulator } from "./support/standalone-sim";
import {
  startWebhookReceiver,
  type ReceivedRequest,
  type WebhookReceiver,
} from "../lib/alerts/testing/webhook-receiver";

const PASSWORD = "Alerts-Lab-Secret-5521";
const POLL_MS = 1000;
const PROBE_MS = 500;
const SERVERS = ["127.0.0.2", "127.0.0.3"];
const PORTS = [30001, 8443, 9080];
const HMAC_KEY = "alerts-e2e-hmac-key-0123456789";
const shots = "e2e/.artifacts/screens";

async function applyLoopbackTopology(page: Page, simulatorUrl: string): Promise<void> {
  await page.getByRole("link", { name: "Appliances" }).click();
  await page.getByRole("link", { name: "Add appliance" }).first().click();
  await page.getByLabel("Name", { exact: true }).fill("alerts-lab");
  await page.getByLabel("Management address").fill(simulatorUrl);
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
  await page.getByLabel("NetScaler appliance").selectOption({ label: "alerts-lab" });
  await page.getByRole("button", { name: "Use this appliance" }).click();
  await expect(page.getByText("Applied to alerts-lab")).toBeVisible();
  await page.getByRole("textbox", { name: "Topology JSON" }).fill(JSON.stringify(doc, null, 2));
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByTestId("document-complete")).toBeVisible();
  await page.getByRole("link", { name: "Review and apply" }).click();
  await page.getByLabel(/^I have read the \d+ warnings?$/).check();
  await page.getByRole("button", { name: /^Apply \d+ change\(s\) to alerts-lab/ }).click();
  await expect(page.getByTestId("apply-status")).toHaveText("Applied", { timeout: 30_000 });
}

const isEvent = (event: string) => (r: ReceivedRequest) => r.json.event === event;

test("alerts: a stopped member fires a webhook with nobody looking, resolves, and stays quiet while silenced", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const listeners = SERVERS.flatMap((host) => PORTS.map((port) => new MemberListener(host, port)));
  await Promise.all(listeners.map((l) => l.start()));
  const receiver: WebhookReceiver = await startWebhookReceiver();
  const dataDir = createDataDir();
  const simulator: StandaloneSimulator = await startStandaloneSimulator([
    "--tls",
    "--password",
    PASSWORD,
    "--probe-interval",
    String(PROBE_MS),
  ]);
  const app: AppServer = await startApp({
    dataDir,
    env: { STATUS_POLL_INTERVAL_MS: String(POLL_MS), ALERT_ALLOWED_TARGETS: "127.0.0.1" },
  });
  const stopped = listeners.find((l) => l.host === "127.0.0.2" && l.port === 8443)!;
  try {
    await setupOwner(page, app.url);
    await test.step("apply a UMS topology whose members are local listeners", () =>
      applyLoopbackTopology(page, simulator.url));

    await test.step("the Alerts UI adds a signed webhook channel; its test message arrives", async () => {
      await page.getByRole("link", { name: "Alerts" }).click();
      await expect(page.getByRole("heading", { name: "Alerts", level: 1 })).toBeVisible();
      const form = page.getByRole("form", { name: "New channel" });
      await form.getByLabel("Name").fill("ops webhook");
      await form.getByLabel("Type").selectOption("webhook");
      await form.getByLabel("Webhook URL").fill("not a url");
      await form.getByRole("button", { name: "Add channel" }).click();
      await expect(form.getByTestId("error-url")).toHaveText("must be an https:// URL");
      await form.getByLabel("Webhook URL").fill(receiver.url);
      await form.getByLabel("HMAC key (optional)").fill(HMAC_KEY);
      await form.getByRole("button", { name: "Add channel" }).click();
      await expect(page.getByRole("heading", { name: "ops webhook" })).toBeVisible();
      // The URL is never shown again, not even in the page's HTML.
      expect(await page.content()).not.toContain("alerts-secret-path");
      const testArrival = receiver.next(isEvent("test"));
      await page.getByRole("button", { name: "Send test to ops webhook" }).click();
      await expect(page.getByTestId("test-outcome")).toContainText("Sent.");
      const testMessage = await testArrival;
      expect(testMessage.headers["x-alert-signature"]).toMatch(/^sha256=[0-9a-f]{64}$/);
    });

    await test.step("the Alerts UI adds a member-down rule for the topology", async () => {
      const form = page.getByRole("form", { name: "New rule" });
      await form.getByLabel("Name").fill("UMS member down");
      await form.getByLabel("Fires when").selectOption("member_down");
      await form.getByLabel("Hold time (seconds)").fill("0");
      await form.getByLabel("Scope").selectOption({ label: "UMS on loopback" });
      await form.getByLabel("ops webhook").check();
      await form.getByRole("button", { name: "Add rule" }).click();
      await expect(page.getByRole("heading", { name: "UMS member down" })).toBeVisible();
      await expectNoSeriousA11yViolations(page, "alerts");
      await page.screenshot({ path: `${shots}/alerts.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `${shots}/alerts-390.png`, fullPage: true });
      // A phone-width page scrolls down, never sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    // Every member UP first, as seen by the watcher (through the stored status).
    await page.goto("about:blank");
    await new Promise((resolve) => setTimeout(resolve, 3 * POLL_MS));

    await test.step("no page open: the stopped member's firing notice arrives in time", async () => {
      const arrival = receiver.next(isEvent("firing"), 20_000);
      const started = Date.now();
      await stopped.stop();
      const firing = await arrival;
      const took = Date.now() - started;
      // The promise: within the poll interval + 2 s (the simulator's probe is faster).
      const budget = POLL_MS + 2000;
      console.info(`firing webhook after ${took} ms (budget ${budget} ms)`);
      expect(firing.json).toMatchObject({
        event: "firing",
        state: "DOWN",
        object: { label: expect.stringContaining("127.0.0.2:8443") as unknown as string },
        topology: { name: "UMS on loopback" },
      });
      const monitor = firing.json.monitor as { name: string; lastResponse: string | null } | null;
      expect(monitor?.lastResponse, "the monitor's last response").toBeTruthy();
      expect(String(firing.json.summary)).toContain(String(monitor?.lastResponse));
      expect(took).toBeLessThanOrEqual(budget);
    });

    await test.step("the member comes back: a resolved notice", async () => {
      const arrival = receiver.next(isEvent("resolved"), 20_000);
      await stopped.start();
      expect((await arrival).json).toMatchObject({
        event: "resolved",
        object: { label: expect.stringContaining("127.0.0.2:8443") as unknown as string },
      });
    });

    await test.step("the Alerts UI adds a silence; the next failure is logged as silenced, not sent", async () => {
      await page.goto(`${app.url}/alerts`);
      const form = page.getByRole("form", { name: "New silence" });
      await form.getByLabel("Topology").selectOption({ label: "UMS on loopback" });
      await form.getByLabel("For (minutes)").fill("60");
      await form.getByRole("button", { name: "Add silence" }).click();
      await expect(form.getByTestId("error-reason")).toBeVisible();
      await form.getByLabel("Why").fill("UMS upgrade tonight");
      await form.getByRole("button", { name: "Add silence" }).click();
      await expect(page.getByTestId("silence-row")).toContainText("UMS upgrade tonight");
      await page.goto("about:blank");

      const sentBefore = receiver.received.length;
      await stopped.stop();
      await page.goto(`${app.url}/alerts`);
      const silenced = page.getByTestId("delivery-row").filter({ hasText: "silenced" });
      await expect(silenced.first()).toBeVisible({ timeout: 15_000 });
      await expect(silenced.first()).toContainText("UMS upgrade tonight");
      await expect(page.getByTestId("firing-count")).toContainText("1");
      await expect(page.getByTestId("firing-alert")).toContainText("127.0.0.2");
      await page.screenshot({ path: `${shots}/alerts-silenced.png`, fullPage: true });
      // Give a would-be delivery time to arrive: nothing did.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(receiver.received.length).toBe(sentBefore);
    });
  } finally {
    await app.stop();
    removeDataDir(dataDir);
    await simulator.stop();
    await receiver.close();
    await Promise.all(listeners.map((l) => l.stop()));
  }
});
