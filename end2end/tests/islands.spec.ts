import { expect, test } from "@playwright/test";
import { expectAccessible, jsEnabled, ready } from "./helpers";

// Islands: pages are server HTML; only the islands load the WASM, and each journey works
// without it. The send button is the first island: pressed twice on a slow line, it sends once.

test("a page without islands loads no script, and the menu opens without one", async ({ page }, testInfo) => {
  const scripts: string[] = [];
  page.on("request", (r) => { if (/\.(js|wasm)$/.test(new URL(r.url()).pathname)) scripts.push(r.url()); });
  await page.goto("/nb");
  await ready(page, testInfo);
  expect(scripts, "the front page has no island").toEqual([]);
  // The menu is a disclosure: folded at first, open on a tap, with or without JavaScript.
  const nav = page.locator("#site-nav");
  await expect(nav).toBeHidden();
  await page.locator(".site-menu summary").click();
  await expect(nav).toBeVisible();
  await expect(nav.getByRole("link", { name: "Bestill en samtale" })).toBeVisible();
  await expectAccessible(page, testInfo);
});

test("the send button sends once, however often it is pressed", async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(m.text()); });
  await page.goto("/nb/bestill?kontor=larvik&form=office");
  await ready(page, testInfo);
  const button = page.getByRole("button", { name: "Send forespørselen" });
  if (jsEnabled(testInfo)) {
    // Count the form's submissions and hold them, as a slow line holds the page: three presses.
    await page.evaluate(() => {
      (window as any).submits = 0;
      document.addEventListener("submit", (e) => { (window as any).submits++; e.preventDefault(); });
    });
    await button.click();
    const working = page.getByRole("button", { name: "Sender …" });
    await expect(working).toHaveAttribute("aria-disabled", "true");
    await working.click({ force: true });
    await working.click({ force: true });
    expect(await page.evaluate(() => (window as any).submits), "sent once").toBe(1);
    // Back from the browser's cache, the button is ready again (pageshow).
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
    await expect(button).toBeVisible();
    await expect(button).not.toHaveAttribute("aria-disabled", "true");
    await page.reload();
    await ready(page, testInfo);
  }
  // The journey, with or without JavaScript: nothing was chosen, and the page that comes back
  // says what is missing.
  await page.getByRole("button", { name: "Send forespørselen" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Velg en tid." })).toBeVisible();
  await expectAccessible(page, testInfo);
  expect(errors, "no script errors or warnings (a hydration warning would show here)").toEqual([]);
});
