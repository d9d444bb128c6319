import { test as base, expect, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export { expect };

/** Whether a URL is the portal's (the base URL's origin), not a stand-in's. */
function ownPage(url: string): boolean {
  const base = `http://127.0.0.1:${Number(process.env.PORT ?? 3100)}`;
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

/** Contexts whose failed requests are deliberate (the accessibility twin blocks the scripts). */
const blocking = new WeakSet<BrowserContext>();

/**
 * Every spec's `test`: it fails when any page of the test — the default one and every page of a
 * context the test opens itself — logs a console error or warning (Leptos reports a hydration
 * mismatch there), throws, or has a request fail on the network.
 */
export const test = base.extend<{ watchPages: void }>({
  watchPages: [async ({ context, browser }, use) => {
    const problems: string[] = [];
    const watch = (ctx: BrowserContext) => {
      const page = (p: Page) => {
        // A page the test opens on purpose with a 4xx (a wrong link) is the test's to judge;
        // the browser's console line about it is not a fault.
        const refusedPages = new Set<string>();
        p.on("response", (r) => {
          if (r.request().resourceType() === "document" && r.status() >= 400) refusedPages.add(r.url());
        });
        p.on("console", (m) => {
          if (blocking.has(ctx)) return;
          // Pages of the test's own stand-ins (the OpenID Provider) are not the portal's.
          if (!ownPage(m.location().url || p.url())) return;
          if (m.text().startsWith("Failed to load resource") && refusedPages.has(m.location().url)) return;
          if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()} on ${p.url()}: ${m.text()}`);
        });
        p.on("pageerror", (e) => { if (!blocking.has(ctx)) problems.push(`script error on ${p.url()}: ${e.message}`); });
        p.on("requestfailed", (r) => {
          // A download the browser hands over (.ics, .csv) ends as «aborted»: not a failure.
          const failure = r.failure()?.errorText ?? "";
          if (blocking.has(ctx) || failure === "net::ERR_ABORTED" || !ownPage(p.url())) return;
          problems.push(`request failed: ${r.method()} ${r.url()} ${failure}`);
        });
      };
      ctx.pages().forEach(page);
      ctx.on("page", page);
    };
    watch(context);
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (...args: Parameters<typeof browser.newContext>) => {
      const ctx = await newContext(...args);
      watch(ctx);
      return ctx;
    };
    try {
      await use();
    } finally {
      browser.newContext = newContext;
    }
    expect(problems, "no console errors or warnings, script errors or failed requests").toEqual([]);
  }, { auto: true }],
});

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
    blocking.add(context);
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
  // A link styled as a button keeps its wrapped text in one box: an inline link would break
  // into a box per line (seen with «Bestill en samtale med en veileder» on a 360 px phone).
  const broken = await page.locator("a.button").evaluateAll((links) =>
    links.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent?.trim()));
  expect(broken, "link buttons broken over several boxes").toEqual([]);
  // Nothing runs off the side of a phone: a page scrolled sideways hides half its words.
  const width = page.viewportSize()?.width ?? 0;
  if (width <= 360 && ownPage(page.url())) {
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll, "the page is no wider than the phone").toBeLessThanOrEqual(width + 1);
  }
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
 * With JavaScript, waits until the WASM has hydrated the page's islands (each marks itself
 * `data-ready`). A page without islands loads no script, so there is nothing to wait for.
 */
export async function ready(page: Page, testInfo: TestInfo) {
  if (!jsEnabled(testInfo)) return;
  const islands = await page.locator("leptos-island").count();
  if (islands > 0) {
    await expect(page.locator("leptos-island [data-ready]")).toHaveCount(islands);
  }
}

/** The port layout of playwright.config.ts: the message sink listens 80 above the portal. */
export const sinkURL = `http://127.0.0.1:${Number(process.env.PORT ?? 3100) + 80}`;

/** Waits until the sink has received a message to `to`, and returns it. */
export async function messageTo(to: string, containing = ""): Promise<{ channel: string; subject: string; text: string; id: string; auth?: string; attachments?: { filename: string; contentType: string; content: string }[] }> {
  for (let i = 0; i < 60; i++) {
    const messages = await (await fetch(`${sinkURL}/messages`)).json();
    const found = messages.find((m: { to: string; text: string }) => m.to === to && m.text.includes(containing));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no message to ${to} containing «${containing}» arrived`);
}

/** Signs a member of staff in with the demo password. */
export async function signIn(page: Page, email: string) {
  await page.goto("/nb/staff/login");
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord").fill("e2e demo passord 2026");
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(/\/nb\/staff$/);
}
