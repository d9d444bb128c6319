import { expect, type Page, type TestInfo } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/**
 * Fails on any serious or critical WCAG 2.1 A/AA violation on the page as it stands.
 *
 * axe is itself JavaScript, so on a page without JavaScript it runs on a twin: the same URL and
 * cookies in a context where axe may run but the portal's own scripts and WASM are blocked —
 * exactly the server-rendered page a visitor without JavaScript gets.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo) {
  if (!jsEnabled(testInfo)) {
    const context = await page.context().browser()!.newContext({
      javaScriptEnabled: true,
      viewport: page.viewportSize(),
      storageState: await page.context().storageState(),
    });
    await context.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    const twin = await context.newPage();
    await twin.goto(page.url());
    try {
      await analyze(twin);
    } finally {
      await context.close();
    }
  } else {
    await analyze(page);
  }
}

async function analyze(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

export function jsEnabled(testInfo: TestInfo): boolean {
  return testInfo.project.use.javaScriptEnabled !== false;
}

/**
 * With JavaScript, waits until the WASM has hydrated the page (the menu button appears). The
 * staff area is served without the WASM, so there is nothing to wait for.
 */
export async function ready(page: Page, testInfo: TestInfo) {
  if (jsEnabled(testInfo) && !/\/staff(\/|$)/.test(new URL(page.url()).pathname)) {
    await expect(page.getByRole("button", { name: /^(Meny|Menu)$/ })).toBeVisible();
  }
}
