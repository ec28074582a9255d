// Account security in a real browser: the owner changes their password (a session opened
// elsewhere before the change is signed out), turns on a TOTP second factor with a code
// computed from the secret shown, and the next sign-in asks for a code.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { owner, setupOwner } from "./support/setup-owner";
import { totpCode } from "../tests/support/totp";

const shots = "e2e/.artifacts/screens";
const NEW_PASSWORD = "Quiet-River-Lantern-42";

async function signIn(page: Page, baseUrl: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("the owner changes their password and turns on a second factor", async ({ browser }) => {
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await setupOwner(page, app.url);

    // A second browser, signed in before the change.
    const elsewhere = await (await browser.newContext()).newPage();
    await signIn(elsewhere, app.url, owner.password);
    await expect(elsewhere).toHaveURL(/\/topologies$/);

    await page.goto(`${app.url}/settings`);
    const passwordForm = page.getByRole("form", { name: "Change your password" });
    await passwordForm.getByLabel("Current password").fill("not-the-password");
    await passwordForm.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await passwordForm.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await passwordForm.getByRole("button", { name: "Change password" }).click();
    await expect(passwordForm.getByText("This is not your current password.")).toBeVisible();

    await passwordForm.getByLabel("Current password").fill(owner.password);
    await passwordForm.getByRole("button", { name: "Change password" }).click();
    await expect(passwordForm.getByRole("status")).toContainText("Signed out 1 other session");

    await elsewhere.goto(`${app.url}/topologies`);
    await expect(elsewhere).toHaveURL(/\/sign-in/);

    const secondFactor = page.getByRole("region", { name: "Second factor" });
    await secondFactor.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
    await secondFactor.getByRole("button", { name: "Set up second factor" }).click();
    const secret = (await secondFactor.getByTestId("totp-secret").textContent()) ?? "";
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    await expect(secondFactor.getByTestId("totp-uri")).toContainText("otpauth://totp/");
    await expect(secondFactor.getByTestId("backup-codes").getByRole("listitem")).toHaveCount(10);

    await secondFactor.getByLabel("Code from the app").fill("000000");
    await secondFactor.getByRole("button", { name: "Turn on" }).click();
    await expect(secondFactor.getByText(/This code is wrong or expired/)).toBeVisible();
    await secondFactor.getByLabel("Code from the app").fill(totpCode(secret));
    await secondFactor.getByRole("button", { name: "Turn on" }).click();
    await expect(secondFactor.getByTestId("second-factor-on")).toBeVisible();
    await page.screenshot({ path: `${shots}/account-second-factor-on.png`, fullPage: true });

    // The next sign-in asks for the code after the password.
    const next = await (await browser.newContext()).newPage();
    await signIn(next, app.url, NEW_PASSWORD);
    await expect(next).toHaveURL(/\/sign-in\/code/);
    await next.getByLabel("Code").fill(totpCode(secret));
    await next.getByRole("button", { name: "Verify" }).click();
    await expect(next).toHaveURL(/\/topologies$/);
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
