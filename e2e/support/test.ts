// The `test` every spec imports: Playwright's, plus a guard that fails the test on any
// Content-Security-Policy violation in any page it opened (its own page and every context it
// creates), so the whole suite runs under the CSP set in proxy.ts.
import { test as base, expect, type BrowserContext } from "@playwright/test";

export { expect };

// Chromium fires securitypolicyviolation in the page; report it through the console, which
// Playwright sees, alongside Chromium's own "Refused to …" messages.
const REPORT_VIOLATIONS = () => {
  document.addEventListener("securitypolicyviolation", (event) => {
    console.error(
      `CSP violation: ${event.violatedDirective} refused ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
};

const VIOLATION = /^CSP violation:|Refused to (?:execute|load|apply|connect|frame|evaluate)/;

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ context, browser }, provide) => {
      const violations: string[] = [];
      const watch = async (watched: BrowserContext) => {
        await watched.addInitScript(REPORT_VIOLATIONS);
        watched.on("console", (message) => {
          if (VIOLATION.test(message.text()))
            violations.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
        });
      };
      await watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const created = await newContext(options);
        await watch(created);
        return created;
      };
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "no page may violate the Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],
});
