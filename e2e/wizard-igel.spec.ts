// The IGEL UMS wizard end to end on the simulator-backed demo appliance: every step with the
// example's values (examples/igel-ums.json), a validation error fixed, leaving and resuming, Review → Apply → no changes,
// the After checklist surviving a reload, and two browsers editing the same topology.
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { owner, setupOwner } from "./support/setup-owner";

const screens = "e2e/.artifacts/screens";

async function shot(page: Page, name: string) {
  // From the top, so the sticky stepper sits where a reader of the page would see it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screens}/wizard-igel-${name}.png`, fullPage: true });
}

/** Waits until the last change reached the database. */
async function saved(page: Page) {
  await expect(page.getByTestId("save-indicator")).toHaveAttribute("data-state", "saved");
}

async function next(page: Page, heading: string) {
  await page.getByRole("button", { name: /^Next: / }).click();
  const title = page.getByRole("heading", { level: 1, name: heading });
  await expect(title).toBeVisible();
  // Focus moves to the new step's heading.
  await expect(title).toBeFocused();
  await expect(page.getByTestId("wizard-step-loading")).toHaveCount(0);
}

function watchConsole(page: Page, errors: string[]) {
  page.on("console", (message) => {
    // The app has no favicon yet; that 404 is not this wizard's.
    const url = message.location().url;
    if (message.type() === "error" && !url.endsWith("/favicon.ico"))
      errors.push(`${message.text()} (${url})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
}

async function signIn(browser: Browser, url: string): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage();
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/topologies$/);
  return page;
}

test("IGEL UMS wizard: walk, fix, resume, apply, check off, and no lost update", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const dataDir = createDataDir();
  const app: AppServer = await startApp({ dataDir });
  const consoleErrors: string[] = [];
  watchConsole(page, consoleErrors);
  let wizardUrl = "";
  try {
    await setupOwner(page, app.url);

    await test.step("create an IGEL topology and open the wizard", async () => {
      await page.getByLabel("IGEL UMS").check();
      await page.getByLabel("Name", { exact: true }).fill("UMS wizard");
      await page.getByRole("button", { name: "Create topology" }).click();
      // Creating a topology opens the wizard's first step, not the overview.
      await expect(page).toHaveURL(/\/wizard\/prerequisites$/);
      wizardUrl = page.url().replace(/\/prerequisites$/, "");
      await expect(page.getByTestId("stepper-network")).toHaveAttribute("data-state", "unvisited");
      await expect(page.getByTestId("stepper-network-text")).toHaveText(", not started");
      // A checklist step is not done until every item is ticked: it says how far it got.
      await expect(page.getByTestId("stepper-prerequisites")).toHaveAttribute(
        "data-state",
        "partial",
      );
      await expect(page.getByTestId("stepper-prerequisites-text")).toHaveText(/^, 0 of \d+ done$/);
      await expect(page.getByTestId("stepper-after")).toHaveAttribute("data-state", "partial");
      await expect(page.getByTestId("stepper-after")).toContainText(/0 of \d+/);
      await expect(page.getByTestId("stepper-apply-text")).toHaveText(", not started");
    });

    await test.step("prerequisites", async () => {
      await page.getByLabel("Make the shared database highly available").check();
      await page.getByLabel("Install standard UMS with the console on every server").check();
      await page.getByLabel("Route UMS replies back through the NetScaler").check();
      await page.getByLabel("IGEL OS 11").check();
      await page.getByLabel("Object-name prefix").fill("igel");
      await saved(page);
      await shot(page, "prerequisites");
      await next(page, "Shared database");
    });

    await test.step("database: the create script with a password placeholder", async () => {
      await expect(page.getByLabel("Microsoft SQL Server")).toBeChecked();
      await expect(page.getByTestId("database-script-pending")).toBeVisible();
      await page.getByLabel("Host", { exact: true }).fill("umsdb.corp.local");
      const script = page.getByTestId("database-script");
      await expect(script).toContainText("CREATE DATABASE [rmdb]");
      await expect(script).toContainText("<choose-a-strong-password>");
      await page.getByLabel("Create the database before UMS connects").check();
      await saved(page);
      await shot(page, "database");
      await next(page, "UMS servers");
    });

    await test.step("servers: one is not highly available, two are", async () => {
      await page.getByLabel("Server 1 address").fill("10.10.20.11");
      await page.getByRole("button", { name: /^Remove server 2/ }).click();
      await expect(page.getByTestId("warning-servers")).toContainText("not highly available");
      await expect(page.getByTestId("stepper-servers")).toHaveAttribute("data-state", "warnings");
      await expect(page.getByTestId("stepper-servers-text")).toHaveText(/^, done with \d+ warning/);
      await page.getByRole("button", { name: "Add a UMS server" }).click();
      await expect(page.getByLabel("Server 2 address")).toBeFocused();
      await page.keyboard.type("10.10.20.12");
      await expect(page.getByLabel("Server 2 name")).toHaveValue("ums2");
      await expect(page.getByTestId("warning-servers")).toHaveCount(0);
      await saved(page);
      await shot(page, "servers");
      await next(page, "Appliance and network");
    });

    await test.step("network: a VIP outside the subnet is flagged, then fixed", async () => {
      await page
        .getByLabel("NetScaler appliance")
        .selectOption({ label: "Demo NetScaler (simulated)" });
      await expect(page.getByTestId("appliance-facts")).toContainText("10.10.20.5/24");
      await page.getByLabel("UMS subnet").fill("10.10.20.0/24");
      await page.getByLabel(/^SNIP/).fill("10.10.20.5");
      const vip = page.getByLabel(/^VIP/);
      // The SNIP typed as the VIP: the appliance owns it, and the field says by what.
      await vip.fill("10.10.20.5");
      await vip.blur();
      await expect(page.getByTestId("error-network.vip")).toContainText(
        "10.10.20.5 is this NetScaler's SNIP",
      );
      await expect(vip).toHaveAttribute("aria-invalid", "true");
      await shot(page, "network-vip-is-snip");
      await vip.fill("10.10.30.100");
      await vip.blur();
      await expect(page.getByTestId("error-network.vip")).toContainText(
        "outside the UMS subnet 10.10.20.0/24",
      );
      await expect(vip).toHaveAttribute("aria-invalid", "true");
      await expect(vip).toHaveAttribute("aria-describedby", /wf-network__vip-error/);
      await expect(page.getByTestId("stepper-network")).toHaveAttribute("data-state", "errors");
      await saved(page); // the invalid draft is saved as typed
      await shot(page, "network-error");
      await vip.fill("10.10.20.100");
      await expect(page.getByTestId("error-network.vip")).toHaveCount(0);
      await expect(page.getByTestId("stepper-network")).toHaveAttribute("data-state", "done");
      // A SNIP the appliance does not have is a warning, not an error: the step is done with a
      // warning, and Review must still show it (fixed from there, below).
      await page.getByLabel(/^SNIP/).fill("10.10.20.6");
      await expect(page.getByTestId("warning-network.snip")).toContainText(
        "SNIP: 10.10.20.6 is not a SNIP on this NetScaler",
      );
      await expect(page.getByTestId("stepper-network")).toHaveAttribute("data-state", "warnings");
      await saved(page);
      await shot(page, "network");
    });

    await test.step("leave half-way, come back to the same step with everything filled", async () => {
      await page.getByRole("link", { name: "Topologies", exact: true }).click();
      await expect(page).toHaveURL(/\/topologies$/);
      await page.getByRole("link", { name: "UMS wizard" }).click();
      await page.getByRole("link", { name: "Continue the wizard" }).click();
      await expect(page).toHaveURL(/\/wizard\/network$/);
      await expect(page.getByLabel(/^VIP/)).toHaveValue("10.10.20.100");
      await expect(page.getByLabel(/^SNIP/)).toHaveValue("10.10.20.6");
      await expect(page.getByLabel("NetScaler appliance")).toHaveValue(/[0-9a-f-]{36}/);
      await page.goto(`${wizardUrl}/servers`);
      await expect(page.getByLabel("Server 2 address")).toHaveValue("10.10.20.12");
      await page.goto(`${wizardUrl}/network`);
      await next(page, "Load balancing");
    });

    await test.step("load balancing: the default ports, USIP and persistence", async () => {
      const usip = (port: number) =>
        page.getByTestId(`port-${port}`).getByLabel("Forward the client's IP address (USIP)");
      await expect(usip(30001)).toBeChecked();
      await expect(usip(8443)).not.toBeChecked();
      await expect(usip(9080)).toBeChecked();
      await expect(page.getByTestId("port-30001")).toContainText("igel_vs_30001");
      await expect(page.getByTestId("port-30001")).toContainText("10.10.20.100:30001");
      await expect(page.getByLabel("By client address (SOURCEIP)")).toBeChecked();
      await expect(page.getByLabel("Timeout")).toHaveValue("5");
      await expect(page.getByLabel("Address mask")).toHaveValue("255.255.255.255");
      await shot(page, "load-balancing");
      await page.setViewportSize({ width: 768, height: 1024 });
      await shot(page, "load-balancing-tablet");
      await page.setViewportSize({ width: 1280, height: 800 });
      await next(page, "DNS name and device discovery");
    });

    await test.step("dns, by keyboard only", async () => {
      await page.keyboard.press("Tab");
      await expect(page.getByLabel("Host name")).toBeFocused();
      await page.keyboard.type("igel.corp.local");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Space");
      await expect(page.getByLabel("Also add an address record on the NetScaler")).toBeChecked();
      await expect(page.getByText("igelrmserver")).toBeVisible();
      await saved(page);
      await shot(page, "dns");
      await page.keyboard.press("Tab"); // Back
      await page.keyboard.press("Tab"); // Next
      await page.keyboard.press("Enter");
      await expect(
        page.getByRole("heading", { level: 1, name: "Review the changes" }),
      ).toBeFocused();
    });

    await test.step("review lists the network step's warning, linked; fixed there", async () => {
      await expect(page.getByTestId("plan-summary")).toContainText("to create");
      const network = page
        .getByTestId("validation-warnings")
        .locator('section[data-step="network"]');
      await expect(network).toContainText("SNIP: 10.10.20.6 is not a SNIP on this NetScaler");
      const link = network.getByRole("link", { name: /SNIP$/ });
      await expect(link).toHaveAttribute("href", /\/wizard\/network#wf-network__snip$/);
      // Open warnings hold Apply until they are acknowledged.
      const applyButton = page.getByRole("button", {
        name: /^Apply \d+ change\(s\) to Demo NetScaler/,
      });
      await expect(applyButton).toBeDisabled();
      await expect(page.getByLabel(/^I have read the \d+ warnings?$/)).not.toBeChecked();
      await shot(page, "review-snip-warning");
      await link.click();
      await expect(page).toHaveURL(/\/wizard\/network#wf-network__snip$/);
      await page.getByLabel(/^SNIP/).fill("10.10.20.5");
      await expect(page.getByTestId("warning-network.snip")).toHaveCount(0);
      await expect(page.getByTestId("stepper-network")).toHaveAttribute("data-state", "done");
      await saved(page);
      await page.goto(`${wizardUrl}/review`);
      await expect(page.getByTestId("plan-summary")).toContainText("to create");
      await expect(page.getByTestId("validation-warnings")).not.toContainText("10.10.20.6");
    });

    await test.step("review, apply, and the plan shows no changes", async () => {
      await expect(page.getByTestId("plan-summary")).toContainText("to create");
      await expect(page.getByTestId("topology-diagram")).toBeVisible();
      await expect(page.getByText("The whole topology as NetScaler CLI")).toBeVisible();
      // The prerequisite left unticked is an open warning, listed under its step with a link
      // to it; Apply waits until the admin says the warnings were read.
      const warnings = page.getByTestId("validation-warnings");
      await expect(warnings.locator('section[data-step="prerequisites"]')).toBeVisible();
      await expect(
        warnings.getByRole("link", { name: /^Prerequisites › Activate the shared datasource/ }),
      ).toHaveAttribute("href", /\/wizard\/prerequisites#wf-prerequisites__/);
      await shot(page, "review");
      const applyButton = page.getByRole("button", {
        name: /^Apply \d+ change\(s\) to Demo NetScaler/,
      });
      await expect(applyButton).toBeDisabled();
      await page.getByLabel(/^I have read the \d+ warnings?$/).check();
      await applyButton.click();
      await expect(page).toHaveURL(/\/wizard\/apply\?run=/);
      await expect(page.getByTestId("apply-status")).toHaveText("Applied", { timeout: 30_000 });
      // The Apply mark follows the run: done once it succeeded; Review has its plan.
      await expect(page.getByTestId("stepper-apply")).toHaveAttribute("data-state", "done");
      await expect(page.getByTestId("stepper-apply-text")).toHaveText(", done");
      await expect(page.getByTestId("stepper-review")).toHaveAttribute("data-state", "done");
      await expect(page.getByTestId("plan-summary")).toContainText("No changes");
      await shot(page, "apply");
      await next(page, "After the NetScaler");
    });

    await test.step("after: every item ticked, saved with who and when, still ticked after reload", async () => {
      const boxes = page.getByRole("checkbox");
      const count = await boxes.count();
      expect(count).toBeGreaterThanOrEqual(6);
      await expect(page.getByTestId("stepper-after-text")).toHaveText(`, 0 of ${count} done`);
      for (let i = 0; i < count; i++) await boxes.nth(i).check();
      await expect(page.getByTestId("after-progress")).toContainText(`${count} of ${count} done`);
      await saved(page);
      await page.reload();
      for (let i = 0; i < count; i++) await expect(boxes.nth(i)).toBeChecked();
      await expect(page.getByTestId("stamp-dns-record")).toContainText(`Ticked by ${owner.name}`);
      await shot(page, "after");
      // One prerequisite was left unticked (Review warned about it): not done, says how far.
      await expect(page.getByTestId("stepper-prerequisites")).toHaveAttribute(
        "data-state",
        "partial",
      );
      await expect(page.getByTestId("stepper-prerequisites-text")).toHaveText(", 4 of 5 done");
      for (const step of ["database", "servers", "network", "dns", "review", "apply", "after"]) {
        await expect(page.getByTestId(`stepper-${step}`)).toHaveAttribute("data-state", "done");
      }
    });

    await test.step("two browsers: the second save is refused, nothing is overwritten", async () => {
      const other = await signIn(browser, app.url);
      watchConsole(other, consoleErrors);
      await page.goto(`${wizardUrl}/dns`);
      await other.goto(`${wizardUrl}/dns`);
      await page.getByLabel("Host name").fill("ums-a.corp.local");
      await saved(page);
      await other.getByLabel("Host name").fill("ums-b.corp.local");
      await expect(other.getByText("Changed by someone else: reload or compare")).toBeVisible();
      await expect(other.getByTestId("save-indicator")).toHaveAttribute("data-state", "conflict");
      await expect(other.getByLabel("Host name")).toHaveValue("ums-b.corp.local");
      await other.getByRole("button", { name: "Compare" }).click();
      const row = other.getByTestId("compare-table").getByRole("row", { name: /dns\.hostName/ });
      await expect(row).toContainText("ums-a.corp.local");
      await expect(row).toContainText("ums-b.corp.local");
      await shot(other, "conflict");
      await page.reload();
      await expect(page.getByLabel("Host name")).toHaveValue("ums-a.corp.local");
      await other.getByRole("button", { name: "Reload" }).click();
      await expect(other.getByLabel("Host name")).toHaveValue("ums-a.corp.local");
      await other.context().close();
    });

    await test.step("an unknown step is not found", async () => {
      // A XenMobile step id on an IGEL topology. The page streams, so the status is already
      // sent when the step is checked: Next renders the not-found page with noindex.
      await page.goto(`${wizardUrl}/mdm`);
      await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
      await expect(page.locator('meta[name="robots"][content="noindex"]').first()).toBeAttached();
    });

    expect(consoleErrors).toEqual([]);
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
});
