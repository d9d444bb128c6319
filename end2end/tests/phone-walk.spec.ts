import { expect, expectAccessible, ready, test } from "./helpers";

// Small things found walking the public pages on a phone: a period that reads backwards, pages
// without a description, a skipped heading level, «call OT» without a number.

test("the figures page gives its period with the years, so it reads forwards", async ({ page }, testInfo) => {
  for (const lang of ["nb", "ar"]) {
    await page.goto(`/${lang}/tall`);
    await ready(page, testInfo);
    const period = (await page.locator("dd", { hasText: " – " }).first().textContent())!.replace(/[\u2068\u2069]/g, "");
    const years = period.match(/\b20\d\d\b/g) ?? [];
    expect(years, `«${period}» names the year of both ends`).toHaveLength(2);
    expect(Number(years[1]) - Number(years[0])).toBeGreaterThanOrEqual(0);
    await expectAccessible(page, testInfo);
  }
});

test("every page has a description in its language, and no page skips a heading level", async ({ page }, testInfo) => {
  const pages = ["/nb", "/nb/bestill", "/nb/svar", "/nb/foresatte", "/nb/tall", "/nb/ot-rad", "/nb/kontakt", "/ar/bestill", "/uk"];
  for (const path of pages) {
    await page.goto(path);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0, `${path} has a description`).toBeGreaterThan(40);
    expect(description).not.toContain("<");
    const levels = await page.locator("main h1, main h2, main h3, main h4, main h5, main h6")
      .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0], `${path} starts with its h1`).toBe(1);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i] - levels[i - 1], `${path}: h${levels[i - 1]} is followed by h${levels[i]}`).toBeLessThanOrEqual(1);
    }
  }
  // The booking page with its list of times open, where the days were h3 under an h1.
  await page.goto("/nb/bestill");
  await page.getByLabel("Larvik").check();
  await page.getByLabel("På kontoret").check();
  await page.getByRole("button", { name: "Vis ledige tider" }).click();
  await expect(page.locator("h2.day").first()).toBeVisible();
  const levels = await page.locator("main h1, main h2, main h3, main h4").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels.filter((l) => l > 2), "no h3 under the booking page's h1 and h2").toEqual([]);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  const ar = await page.goto("/ar");
  expect(ar!.ok()).toBe(true);
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/[\u0600-\u06FF]/);
});

test("the guardians' page gives OT's number to tap where it says to call", async ({ page }, testInfo) => {
  await page.goto("/nb/foresatte");
  await ready(page, testInfo);
  const paragraph = page.locator("main p", { hasText: "Du kan ringe OT selv" });
  await expect(paragraph.locator('a[href^="tel:"]')).toHaveText("+47 400 00 000");
  await expectAccessible(page, testInfo);
});
