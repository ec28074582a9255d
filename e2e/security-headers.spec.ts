// The headers a browser gets from the real app: a page, a route handler and a share page.
import { createDataDir, removeDataDir, startApp, type AppServer } from "./support/app-server";
import { expect, test } from "./support/test";

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

async function headersOf(url: string): Promise<Headers> {
  return (await fetch(url, { redirect: "manual" })).headers;
}

function expectFixedHeaders(headers: Headers) {
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
  expect(headers.get("permissions-policy")).toMatch(
    /camera=\(\).*geolocation=\(\).*microphone=\(\).*payment=\(\).*usb=\(\)/,
  );
}

function expectPagePolicy(headers: Headers) {
  const policy = headers.get("content-security-policy") ?? "";
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'(;|$)/);
  expect(policy).not.toContain("unsafe-eval");
  return nonceOf(policy);
}

test("pages, route handlers and share pages carry the security headers", async ({
  page,
  cspViolations,
}) => {
  const dataDir = createDataDir();
  const app = await startApp({ dataDir });
  const others: AppServer[] = [];
  try {
    await test.step("a page: a fresh CSP nonce per response, the same one on its scripts", async () => {
      const first = await headersOf(`${app.url}/setup`);
      const second = await headersOf(`${app.url}/setup`);
      expectFixedHeaders(first);
      const nonce = expectPagePolicy(first);
      expect(nonce).toBeTruthy();
      expect(expectPagePolicy(second)).not.toBe(nonce);
      expect(first.get("strict-transport-security")).toBeNull();

      const response = await page.goto(`${app.url}/setup`);
      const pageNonce = nonceOf((await response?.headerValue("content-security-policy")) ?? "");
      const scripts = page.locator("script");
      expect(await scripts.count()).toBeGreaterThan(0);
      // Browsers hide the nonce attribute from the DOM; the property still holds it.
      const scriptNonces = await scripts.evaluateAll((all) =>
        all.map((script) => (script as HTMLScriptElement).nonce),
      );
      expect(new Set(scriptNonces)).toEqual(new Set([pageNonce]));
      // Hydrated under the policy: the form validates in the browser.
      await expect(page.getByRole("button", { name: "Create owner account" })).toBeEnabled();
    });

    await test.step("the browser enforces it, and the suite's guard sees a violation", async () => {
      // Another origin on loopback: refused by img-src 'self' before any request is made.
      await page.evaluate(() =>
        document.body.insertAdjacentHTML("beforeend", '<img src="http://127.0.0.1:9/probe.png">'),
      );
      await expect
        .poll(() => cspViolations.join("\n"))
        .toMatch(/img-src.*127\.0\.0\.1:9\/probe\.png|Refused to load the image/);
      // Expected here only: the guard (e2e/support/test.ts) fails every other violation. Let
      // Chromium's own console report of the same refusal arrive before clearing both.
      await page.waitForTimeout(500);
      cspViolations.splice(0);
    });

    await test.step("a route handler: the fixed headers, no HSTS over http", async () => {
      const headers = await headersOf(`${app.url}/api/health`);
      expectFixedHeaders(headers);
      expect(headers.get("strict-transport-security")).toBeNull();
    });

    await test.step("a share page keeps its own headers too", async () => {
      const headers = await headersOf(`${app.url}/share/not-a-real-token`);
      expectFixedHeaders(headers);
      expectPagePolicy(headers);
      expect(headers.get("referrer-policy")).toBe("no-referrer");
      expect(headers.get("x-robots-tag")).toBe("noindex");
      expect(headers.get("cache-control")).toBe("no-store");
    });

    await app.stop();

    await test.step("with an https APP_URL, HSTS on pages, route handlers and share pages", async () => {
      const httpsApp = await startApp({ dataDir, appUrl: "https://netscaler-ha.example.test" });
      others.push(httpsApp);
      for (const path of ["/setup", "/api/health", "/share/not-a-real-token"]) {
        const headers = await headersOf(`${httpsApp.url}${path}`);
        expect(headers.get("strict-transport-security"), path).toBe(
          "max-age=31536000; includeSubDomains",
        );
        expectFixedHeaders(headers);
      }
    });
  } finally {
    await app.stop();
    for (const other of others) await other.stop();
    removeDataDir(dataDir);
  }
});
