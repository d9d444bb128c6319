import { expect, test } from "@playwright/test";
import { expectAccessible, ready } from "./helpers";

// The written information of forskrift til opplæringslova § 13-3 b, in every language it exists
// in so far. Each page: the right language, no raw message ids, accessible, and printable.
const pages = {
  "/rettigheter": { nb: "Dine rettigheter", nn: "Rettane dine", en: "Your rights" },
  "/foresatte": { nb: "For foresatte", nn: "For føresette", en: "For parents and guardians" },
  "/tilbud": { nb: "Hva OT kan tilby", nn: "Kva OT kan tilby", en: "What OT can offer" },
  "/oppfolging": { nb: "Slik foregår oppfølgingen", nn: "Slik går oppfølginga føre seg", en: "How the follow-up works" },
  "/personvern": { nb: "Personvern", nn: "Personvern", en: "Privacy" },
};

for (const lang of ["nb", "nn", "en"] as const) {
  test(`the information pages speak ${lang}`, async ({ page }, testInfo) => {
    for (const [path, titles] of Object.entries(pages)) {
      const response = await page.goto(`/${lang}${path}`);
      expect(response!.status(), path).toBe(200);
      await ready(page, testInfo);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[lang]);
      // A message id shown raw would look like «rights-who-1».
      await expect(page.locator("main")).not.toContainText(/\b(rights|guardians|offers|followup|privacy|info)-[a-z0-9-]+\b/);
      await expect(page.locator(".law")).toContainText("13-");
      await expectAccessible(page, testInfo);
    }
  });
}

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
