import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { owner } from "./support/setup-owner";

async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("first run, accounts, a workspace object, restarts and a crash", async ({ page }) => {
  const dataDir = createDataDir();
  let app: AppServer = await startApp({ dataDir });
  try {
    await test.step("an empty install shows setup and validates it field by field", async () => {
      await page.goto(app.url);
      await expect(page).toHaveURL(/\/setup$/);
      await page.getByLabel("Your name").fill(owner.name);
      await page.getByLabel("Email").fill(owner.email);
      await page.getByLabel("Password").fill("short");
      await page.getByLabel("Workspace name").fill("Datacenter team");
      await page.screenshot({ path: "e2e/.artifacts/screens/setup.png", fullPage: true });
      await page.getByRole("button", { name: "Create owner account" }).click();
      await expect(page.getByTestId("error-password")).toContainText("at least 12 characters");
      // Nothing typed is lost by a failed submit.
      await expect(page.getByLabel("Email")).toHaveValue(owner.email);
      await expect(page.getByLabel("Workspace name")).toHaveValue("Datacenter team");
      await expect(page.getByLabel("Password")).toBeFocused();
      await page.getByLabel("Password").fill(owner.password);
      await page.getByRole("button", { name: "Create owner account" }).click();
      await expect(page).toHaveURL(/\/topologies$/);
      await expect(page.getByRole("heading", { name: "No topologies yet" })).toBeVisible();
      await expect(page.getByTestId("current-user")).toHaveText(owner.name);
      await page.screenshot({
        path: "e2e/.artifacts/screens/topologies-empty.png",
        fullPage: true,
      });
    });

    await test.step("setup cannot run twice", async () => {
      await page.goto(`${app.url}/setup`);
      await expect(page).not.toHaveURL(/\/setup$/);
    });

    await test.step("sign out, then clear sign-in errors", async () => {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
      await expect(page.getByTestId("alert-success")).toContainText("You are signed out");
      await page.goto(`${app.url}/topologies`);
      await expect(page).toHaveURL(/\/sign-in$/);

      // An unknown email and a wrong password get the same answer: the form does not say
      // which emails have accounts.
      await signIn(page, app.url, "nobody@example.test", owner.password);
      await expect(page.getByTestId("error-password")).toContainText(
        "The email address or the password is wrong",
      );
      await expect(page.getByTestId("error-email")).toHaveCount(0);
      await signIn(page, app.url, owner.email, "not-the-password");
      await expect(page.getByTestId("error-password")).toContainText(
        "The email address or the password is wrong",
      );
      await page.screenshot({ path: "e2e/.artifacts/screens/sign-in-error.png", fullPage: true });
      await page.getByLabel("Password").fill(owner.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/topologies$/);
      const cookie = (await page.context().cookies()).find((c) =>
        c.name.endsWith("nsha.session_token"),
      );
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    });

    await test.step("create and rename a topology; a reload keeps it", async () => {
      await page.getByLabel("Name", { exact: true }).fill("UMS lab");
      await page.getByRole("button", { name: "Create topology" }).click();
      // A new topology opens the wizard's first step; its name links back to the overview.
      await expect(page).toHaveURL(/\/wizard\/prerequisites$/);
      await expect(page.getByRole("heading", { name: "Before you start" })).toBeVisible();
      await page.getByRole("link", { name: "UMS lab", exact: true }).click();
      await expect(page.getByRole("heading", { name: "UMS lab" })).toBeVisible();
      await page.getByLabel("Name", { exact: true }).fill("");
      await page.getByRole("button", { name: "Rename" }).click();
      await expect(page.getByTestId("error-name")).toContainText("Give the topology a name");
      await page.getByLabel("Name", { exact: true }).fill("UMS production");
      await page.getByRole("button", { name: "Rename" }).click();
      await expect(page.getByRole("heading", { name: "UMS production" })).toBeVisible();
      await page.reload();
      await expect(page.getByRole("heading", { name: "UMS production" })).toBeVisible();
      await page.goto(`${app.url}/topologies`);
      await expect(page.getByRole("link", { name: "UMS production" })).toBeVisible();
      await page.screenshot({ path: "e2e/.artifacts/screens/topologies-list.png", fullPage: true });
    });

    await test.step("a normal restart keeps data and the session", async () => {
      await app.stop();
      app = await startApp({ dataDir, port: Number(new URL(app.url).port) });
      await page.goto(`${app.url}/topologies`);
      await expect(page.getByRole("link", { name: "UMS production" })).toBeVisible();
    });

    await test.step("a second app on the same data directory refuses to start", async () => {
      await expect(startApp({ dataDir })).rejects.toThrow(/is in use by npm start/);
      await page.goto(`${app.url}/topologies`);
      await expect(page.getByRole("link", { name: "UMS production" })).toBeVisible();
    });

    await test.step("after kill -9 the app starts again with its data", async () => {
      await app.kill();
      app = await startApp({ dataDir, port: Number(new URL(app.url).port) });
      expect(app.output()).toMatch(/orphaned PostgreSQL|stale postmaster/);
      await page.goto(`${app.url}/topologies`);
      await expect(page.getByRole("link", { name: "UMS production" })).toBeVisible();
    });

    await test.step("a session the server no longer knows shows 'expired'", async () => {
      const cookies = await page.context().cookies();
      const session = cookies.find((c) => c.name.endsWith("nsha.session_token"));
      expect(session).toBeDefined();
      if (session) await page.context().addCookies([{ ...session, value: "invalid.token" }]);
      await page.goto(`${app.url}/topologies`);
      await expect(page).toHaveURL(/\/sign-in\?expired=1$/);
      await expect(page.getByTestId("alert-warning")).toContainText("Your session has expired");
    });
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
