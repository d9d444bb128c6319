import { expect, test } from "./helpers";
import { expectAccessible, ready } from "./helpers";

// The written information of forskrift til opplæringslova § 13-3 b prints as a letter; every page
// in every language is visited by languages.spec.ts.
test("a rights page prints as a letter with OT's name, the date and its address", async ({ page }, testInfo) => {
  await page.goto("/nb/rettigheter");
  await ready(page, testInfo);
  await expect(page.locator(".print-stamp")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-stamp")).toBeVisible();
  await expect(page.locator(".print-stamp")).toContainText("Oppfølgingstjenesten i Vestfold");
  await expect(page.locator(".print-stamp")).toContainText(/Skrevet ut \u2068?\d\d\.\d\d\.\d{4}\u2069? fra \u2068?http:\/\/127\.0\.0\.1:\d+\/nb\/rettigheter/);
  await expect(page.locator(".site-nav")).toBeHidden();
  await expect(page.locator(".related")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  expect(pdf.length).toBeGreaterThan(10_000);
});
