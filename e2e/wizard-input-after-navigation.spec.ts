// Nothing typed or chosen right after arriving on a wizard step is lost: on a full page load
// the admin types and picks in the server-rendered form while the page's JavaScript is still
// loading (its scripts are held back 2 s, so the page is surely not hydrated yet), and after a
// click in the stepper while the next step is still coming in. Each time the autosave must carry both values, and a reload shows them.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { setupOwner } from "./support/setup-owner";

interface Entry {
  step: "database" | "prerequisites";
  text: { label: string; value: string };
  choice: string;
}

const entries = {
  databaseFull: {
    step: "database",
    text: { label: "Host", value: "db-full.corp.local" },
    choice: "PostgreSQL",
  },
  prerequisitesNav: {
    step: "prerequisites",
    text: { label: "Object-name prefix", value: "navpre" },
    choice: "IGEL OS 12",
  },
  prerequisitesFull: {
    step: "prerequisites",
    text: { label: "Object-name prefix", value: "fullpre" },
    choice: "IGEL OS 11",
  },
  databaseNav: {
    step: "database",
    text: { label: "Host", value: "db-nav.corp.local" },
    choice: "Oracle Database",
  },
} satisfies Record<string, Entry>;

const SCRIPTS = "**/_next/static/chunks/**";
const HOLD_SCRIPTS_MS = 2_000;

/** The autosave request that carries this entry's text (the save action, not the checks). */
function saveCarrying(page: Page, entry: Entry) {
  return page.waitForResponse(
    (response) => {
      const body = response.request().postData() ?? "";
      return (
        response.request().method() === "POST" &&
        body.includes("expectedVersion") &&
        body.includes(entry.text.value)
      );
    },
    { timeout: 15_000 },
  );
}

/** Types and chooses at once, waits for the save that carries the text, reloads, checks both. */
async function enterAndVerify(page: Page, entry: Entry, arrive: () => Promise<void>) {
  const saved = saveCarrying(page, entry);
  await arrive();
  const field = page.getByLabel(entry.text.label, { exact: true });
  await field.fill(entry.text.value);
  await page.getByLabel(entry.choice).check();
  // Both edits happen well within the autosave's pause, so one save carries both; wait until
  // that save has finished, then until nothing is left to save.
  await saved;
  await expect(page.getByTestId("save-indicator")).toHaveAttribute("data-state", "saved");
  await page.reload();
  await expect(page.getByLabel(entry.text.label, { exact: true })).toHaveValue(entry.text.value);
  await expect(page.getByLabel(entry.choice)).toBeChecked();
}

test("typing and choosing right after each navigation into a wizard step is saved", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  try {
    await setupOwner(page, app.url);
    await page.getByLabel("IGEL UMS").check();
    await page.getByLabel("Name", { exact: true }).fill("Input after navigation");
    await page.getByRole("button", { name: "Create topology" }).click();
    await expect(page).toHaveURL(/\/wizard\/prerequisites$/);
    const wizardUrl = page.url().replace(/\/prerequisites$/, "");

    // A full load, acting as soon as the server's HTML has arrived.
    const fullLoad = (entry: Entry) => async () => {
      // Routing also turns off the browser cache, so every script is held back.
      await page.route(SCRIPTS, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, HOLD_SCRIPTS_MS));
        await route.continue();
      });
      await page.goto(`${wizardUrl}/${entry.step}`, { waitUntil: "commit" });
    };
    // A click in the stepper, acting before the next step is on screen.
    const stepperClick = (entry: Entry) => async () => {
      await page.getByTestId(`stepper-${entry.step}`).click();
    };

    await test.step("full load of Database", async () => {
      await enterAndVerify(page, entries.databaseFull, fullLoad(entries.databaseFull));
      await page.unroute(SCRIPTS);
    });
    await test.step("stepper to Prerequisites", async () => {
      await enterAndVerify(page, entries.prerequisitesNav, stepperClick(entries.prerequisitesNav));
    });
    await test.step("full load of Prerequisites", async () => {
      await enterAndVerify(page, entries.prerequisitesFull, fullLoad(entries.prerequisitesFull));
      await page.unroute(SCRIPTS);
    });
    await test.step("stepper to Database", async () => {
      await enterAndVerify(page, entries.databaseNav, stepperClick(entries.databaseNav));
    });
    await expect(page).toHaveURL(`${wizardUrl}/database`);
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
