import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { setupOwner } from "./support/setup-owner";
import { startStandaloneSimulator, type StandaloneSimulator } from "./support/standalone-sim";

const APPLIANCE_PASSWORD = "Lab-Adc-Secret-7731";

test("demo appliance, a pinned appliance, and passwords that never reach the browser", async ({
  page,
}) => {
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  // A simulator started on its own, as `npm run sim -- --tls` does for a user.
  const standalone: StandaloneSimulator = await startStandaloneSimulator([
    "--tls",
    "--password",
    APPLIANCE_PASSWORD,
  ]);
  const bodies: string[] = [];
  page.on("response", async (response) => {
    try {
      bodies.push(await response.text());
    } catch {
      // redirects and aborted requests have no body
    }
  });
  try {
    await setupOwner(page, app.url);

    await test.step("a new user sees the Demo NetScaler and its connection test passes", async () => {
      await page.getByRole("link", { name: "Appliances" }).click();
      const demo = page.getByRole("listitem").filter({ hasText: "Demo NetScaler (simulated)" });
      await expect(demo.getByText("Simulated", { exact: true })).toBeVisible();
      await demo.getByRole("button", { name: "Test connection" }).click();
      await expect(demo.getByTestId("connection-info")).toContainText("NetScaler 14.1");
      await page.screenshot({ path: "e2e/.artifacts/screens/appliances-demo.png", fullPage: true });
    });

    await test.step("a wrong fingerprint is refused with the presented one shown", async () => {
      await page.getByRole("link", { name: "Add appliance" }).first().click();
      await page.getByLabel("Name", { exact: true }).fill("adc-lab");
      await page.getByLabel("Management address").fill(standalone.url);
      await page.getByLabel("Password", { exact: true }).fill(APPLIANCE_PASSWORD);
      await page.getByLabel("SHA-256 fingerprint", { exact: true }).fill("AB:".repeat(31) + "AB");
      await page.getByRole("button", { name: "Test connection" }).click();
      const error = page.getByTestId("connection-error");
      await expect(error).toContainText("not the pinned one");
      await expect(page.getByText(`Presented: ${standalone.fingerprint256}`)).toBeVisible();
    });

    await test.step("fetch and trust the real fingerprint, test, save", async () => {
      await page.getByRole("button", { name: "Fetch the certificate from the appliance" }).click();
      await expect(page.getByTestId("presented-fingerprint")).toHaveText(standalone.fingerprint256);
      await page.getByRole("button", { name: "Trust this fingerprint" }).click();
      await expect(page.getByLabel("SHA-256 fingerprint", { exact: true })).toHaveValue(
        standalone.fingerprint256,
      );
      await page.getByRole("button", { name: "Test connection" }).click();
      await expect(page.getByTestId("connection-info")).toContainText("NetScaler 14.1");
      await page.screenshot({ path: "e2e/.artifacts/screens/appliance-form.png", fullPage: true });
      await page.getByRole("button", { name: "Add appliance" }).click();
      await expect(page).toHaveURL(/\/appliances$/);
      const card = page.getByRole("listitem").filter({ hasText: "adc-lab" });
      await card.getByRole("button", { name: "Test connection" }).click();
      await expect(card.getByTestId("connection-info")).toContainText("NetScaler 14.1");
    });

    await test.step("editing with a blank password keeps the stored one", async () => {
      const card = page.getByRole("listitem").filter({ hasText: "adc-lab" });
      await card.getByRole("link", { name: "Edit" }).click();
      await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
      await page.getByLabel("Name", { exact: true }).fill("adc-lab-1");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page).toHaveURL(/\/appliances$/);
      const renamed = page.getByRole("listitem").filter({ hasText: "adc-lab-1" });
      await renamed.getByRole("button", { name: "Test connection" }).click();
      await expect(renamed.getByTestId("connection-info")).toContainText("NetScaler 14.1");
    });

    await test.step("moving the appliance to another address asks for the password again", async () => {
      const card = page.getByRole("listitem").filter({ hasText: "adc-lab-1" });
      await card.getByRole("link", { name: "Edit" }).click();
      await page.getByLabel("Management address").fill("https://127.0.0.1:1");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByText(/Enter the password again/).first()).toBeVisible();
      await expect(page).toHaveURL(/\/appliances\/[^/]+$/);
      await page.goto(`${app.url}/appliances`);
    });

    await test.step("no page or action response contained an appliance password", async () => {
      expect(bodies.length).toBeGreaterThan(10);
      for (const body of bodies) {
        expect(body).not.toContain(APPLIANCE_PASSWORD);
        expect(body).not.toContain('"nsroot","password"');
        expect(body).not.toContain("passwordEncrypted");
      }
    });
  } finally {
    await standalone.stop();
    await app.stop();
    removeDataDir(dataDir);
  }
});
