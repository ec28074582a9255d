// Certificates, metrics and the check after apply, in Chromium against a simulator: an
// XenMobile topology is applied and its verification says every vserver came UP; the status
// page's Certificates card and the topology list's badge show the MAM certificate at or below
// the (here raised) CERT_WARN_DAYS threshold; GET /metrics answers 401 without the bearer and
// the stored status with it, never redirecting to sign-in.
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { readFileSync } from "node:fs";
import { setupOwner } from "./support/setup-owner";
import { startStandaloneSimulator, type StandaloneSimulator } from "./support/standalone-sim";

const METRICS_TOKEN = "e2e-metrics-token-0123456789abcdef0123456789";
const PASSWORD = "Cert-Lab-Secret-5521";

test("apply verification, certificate warnings on the status page and the list, and /metrics", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dataDir = createDataDir();
  const simulator: StandaloneSimulator = await startStandaloneSimulator([
    "--tls",
    "--password",
    PASSWORD,
  ]);
  // The demo's xms-cert has about 305 days left: thresholds of 400 and 310 days make it critical.
  const app: AppServer = await startApp({
    dataDir,
    env: {
      CERT_WARN_DAYS: "400,310",
      STATUS_POLL_INTERVAL_MS: "1000",
      APPLY_VERIFY_SECONDS: "20",
      METRICS_TOKEN,
    },
  });
  try {
    await setupOwner(page, app.url);

    await test.step("apply: the verification says every vserver is UP", async () => {
      await page.getByRole("link", { name: "Appliances" }).click();
      await page.getByRole("link", { name: "Add appliance" }).first().click();
      await page.getByLabel("Name", { exact: true }).fill("cert-lab");
      await page.getByLabel("Management address").fill(simulator.url);
      await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
      await page.getByRole("button", { name: "Fetch the certificate from the appliance" }).click();
      await page.getByRole("button", { name: "Trust this fingerprint" }).click();
      await page.getByRole("button", { name: "Add appliance" }).click();
      await expect(page).toHaveURL(/\/appliances$/);
      await page.getByRole("link", { name: "Topologies" }).click();
      await page.getByLabel("XenMobile Server").check();
      await page.getByLabel("Name", { exact: true }).fill("XMS certs");
      await page.getByRole("button", { name: "Create topology" }).click();
      await expect(page).toHaveURL(/\/wizard\/prerequisites$/);
      await page.getByRole("link", { name: "XMS certs", exact: true }).click();
      await expect(page.getByRole("heading", { name: "XMS certs" })).toBeVisible();
      await page.getByLabel("NetScaler appliance").selectOption({ label: "cert-lab" });
      await page.getByRole("button", { name: "Use this appliance" }).click();
      await expect(page.getByText("Applied to cert-lab")).toBeVisible();
      await page
        .getByRole("textbox", { name: "Topology JSON" })
        .fill(readFileSync("examples/xenmobile.json", "utf8"));
      await page.getByRole("button", { name: "Import" }).click();
      await expect(page.getByTestId("document-complete")).toBeVisible();
      await page.getByRole("link", { name: "Review and apply" }).click();
      await page.getByLabel(/^I have read the \d+ warnings?$/).check();
      await page.getByRole("button", { name: /^Apply \d+ change\(s\) to cert-lab/ }).click();
      await expect(page.getByTestId("apply-status")).toHaveText("Applied", { timeout: 30_000 });
      await expect(page.getByTestId("verification-outcome")).toHaveText(
        "Every vserver is UP with all members",
        { timeout: 30_000 },
      );
      await expect(page.getByTestId("apply-verification")).toContainText("3 of 3 vservers UP");
      await page.getByTestId("apply-verification").scrollIntoViewIfNeeded();
      await page.screenshot({ path: "e2e/.artifacts/screens/apply-verified.png", fullPage: true });
      await page
        .getByRole("link", { name: /^Back to / })
        .first()
        .click();
    });

    await test.step("status page: the Certificates card", async () => {
      await page.getByRole("link", { name: "Live status" }).click();
      const card = page.getByTestId("certificates-card");
      await expect(card.getByTestId("certificate-level")).toHaveText("Expires very soon", {
        timeout: 20_000,
      });
      await expect(card.getByTestId("certificate-days")).toHaveText(/^\d{3} days left$/);
      await expect(card).toContainText("xms-cert");
      await expect(card.getByTestId("certificates-read")).toContainText("ago");
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: "e2e/.artifacts/screens/status-certificates.png" });
      await page.setViewportSize({ width: 390, height: 844 });
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: "e2e/.artifacts/screens/status-certificates-390.png" });
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step("topology list: the certificate badge", async () => {
      await page.getByRole("link", { name: "Topologies" }).click();
      const row = page.getByTestId("topology-row").filter({ hasText: "XMS certs" });
      await expect(row.getByTestId("certificate-expiry-badge")).toHaveText(
        /^Certificate xms-cert: \d{3} days left$/,
      );
      await page.screenshot({
        path: "e2e/.artifacts/screens/list-certificate.png",
        fullPage: true,
      });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({
        path: "e2e/.artifacts/screens/list-certificate-390.png",
        fullPage: true,
      });
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    await test.step("runbook: ends with the check after the apply", async () => {
      const row = page.getByTestId("topology-row").filter({ hasText: "XMS certs" });
      await row.getByRole("link", { name: "XMS certs" }).click();
      await page.getByRole("link", { name: "Runbook" }).click();
      const section = page.getByTestId("runbook-verification");
      await expect(section.getByTestId("verification-outcome")).toHaveText(
        "Every vserver is UP with all members",
      );
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: "e2e/.artifacts/screens/runbook-verification.png" });
    });

    await test.step("GET /metrics: 401 without the bearer, the stored status with it", async () => {
      const refused = await fetch(`${app.url}/metrics`, { redirect: "manual" });
      expect(refused.status).toBe(401);
      const wrong = await fetch(`${app.url}/metrics`, {
        redirect: "manual",
        headers: { authorization: "Bearer nope" },
      });
      expect(wrong.status).toBe(401);
      const ok = await fetch(`${app.url}/metrics`, {
        redirect: "manual",
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(ok.status).toBe(200);
      const text = await ok.text();
      expect(text).toMatch(
        /^netscaler_ha_certificate_level\{appliance="cert-lab",topology="XMS certs",certificate="xms-cert",level="critical"\} 1$/m,
      );
      expect(text).toMatch(/^netscaler_ha_vserver_up\{[^}]*topology="XMS certs"[^}]*\} 1$/m);
      expect(text).not.toContain(METRICS_TOKEN);
    });
  } finally {
    await app.stop();
    await simulator.stop();
    removeDataDir(dataDir);
  }
});
