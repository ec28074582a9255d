// Runs axe-core on the page as it is now and fails on any serious or critical violation,
// listing each rule with the elements it hit so the report says what to fix.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./test";

const BLOCKING = new Set(["serious", "critical"]);

export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const report = blocking.map((v) => {
    const targets = v.nodes
      .slice(0, 5)
      .map(
        (node) =>
          `    - ${node.target.join(" ")}: ${node.failureSummary?.split("\n")[1]?.trim() ?? ""}`,
      )
      .join("\n");
    return `  ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} element(s))\n${targets}`;
  });
  // Soft, so one run lists every page's problems; the test still fails.
  expect
    .soft(report, `${label} (${page.url()}) has serious or critical accessibility violations`)
    .toEqual([]);
}

/** True when the document is no wider than the viewport (nothing scrolls sideways). */
export async function documentOverflow(
  page: Page,
): Promise<{ scrollWidth: number; width: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
}
