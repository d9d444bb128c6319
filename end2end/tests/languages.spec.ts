import { readFileSync } from "node:fs";
import { expect, test } from "./helpers";
import type { Page } from "@playwright/test";
import { expectAccessible, ready } from "./helpers";

// Every public page in every language (forskrift til opplæringslova § 13-3 b asks for written
// information the young person and their guardians can read): right language and direction, the
// heading the locale file says, no raw message id or fallback marker, the «not checked» line
// where no qualified translator has reviewed the language, and no serious axe violation.

const languages = ["nb", "nn", "se", "en", "uk", "pl", "ar", "so", "ti", "prs"] as const;
type Lang = (typeof languages)[number];
const rtl: Lang[] = ["ar", "prs"];
const reviewed: Lang[] = ["nb"];

/** A locale's messages, id → text with Fluent's isolation marks, as on the page. */
function messages(lang: Lang): Map<string, string> {
  const source = readFileSync(new URL(`../../locales/${lang}/neste-steg.ftl`, import.meta.url), "utf8");
  const out = new Map<string, string>();
  for (const line of source.split("\n")) {
    const m = /^([a-z][a-z0-9_-]*) = (.*)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

const bokmal = messages("nb");
// Ids with a hyphen never occur in real text; one on the page would be a message shown raw.
const ids = [...bokmal.keys()].filter((id) => id.includes("-"));

/** Each public page and the message that is its heading. */
const pages: [string, string][] = [
  ["", "home-heading"],
  ["/kontakt", "contact-heading"],
  ["/svar", "answer-code-title"],
  ["/rettigheter", "rights-title"],
  ["/foresatte", "guardians-title"],
  ["/tilbud", "offers-title"],
  ["/oppfolging", "followup-title"],
  ["/personvern", "privacy-heading"],
  ["/tilgjengelighet", "accessibility-heading"],
  ["/bestill", "task-booking"],
  ["/ot-rad", "council-title"],
  ["/ot-rad/bli-med", "council-apply-title"],
  ["/ot-rad/logg-inn", "council-login-title"],
];

async function expectNoRawIds(page: Page) {
  const text = await page.locator("body").innerText();
  expect(text).not.toContain("No localization for");
  const raw = ids.filter((id) => new RegExp(`(^|[^\\p{L}\\p{N}-])${id}($|[^\\p{L}\\p{N}-])`, "u").test(text));
  expect(raw, "message ids shown raw").toEqual([]);
}

for (const lang of languages) {
  test(`every public page speaks ${lang}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const own = messages(lang);
    for (const [path, heading] of pages) {
      const response = await page.goto(`/${lang}${path}`);
      expect(response!.status(), path).toBe(200);
      await ready(page, testInfo);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", rtl.includes(lang) ? "rtl" : "ltr");
      const expected = own.get(heading)!;
      expect(expected, `${lang} has ${heading}`).toBeTruthy();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(expected);
      await expectNoRawIds(page);
      const notice = page.locator(".translation-notice");
      if (reviewed.includes(lang)) {
        await expect(notice).toHaveCount(0);
      } else {
        await expect(notice).toContainText(own.get("translation-notice")!);
        await expect(notice.getByRole("link")).toHaveAttribute("href", `/nb${path}`);
      }
      await expectAccessible(page, testInfo);
    }
  });
}

test("the «not checked» line leads to the same page in bokmål", async ({ page }, testInfo) => {
  await page.goto("/uk/rettigheter");
  await ready(page, testInfo);
  await page.locator(".translation-notice").getByRole("link").click();
  await expect(page).toHaveURL(/\/nb\/rettigheter$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(bokmal.get("rights-title")!);
});

for (const lang of rtl) {
  test(`${lang} is laid out right to left, with numbers still readable`, async ({ page }, testInfo) => {
    await page.goto(`/${lang}/kontakt`);
    await ready(page, testInfo);
    const width = page.viewportSize()!.width;
    // The brand starts at the right edge, as the reader's eye does.
    const brand = (await page.locator(".brand").boundingBox())!;
    expect(brand.x + brand.width).toBeGreaterThan(width * 0.75);
    // List bullets and indents mirror: a heading's text starts at the right.
    const h1 = page.getByRole("heading", { level: 1 });
    expect(await h1.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    // Phone numbers keep their groups in order: «33 00 00 00» must not read «00 00 00 33».
    const phone = page.locator('footer a[href^="tel:"]');
    expect(await phone.evaluate((el) => getComputedStyle(el).direction)).toBe("ltr");
    const firstGroup = await phone.evaluate((el) => {
      const range = document.createRange();
      const text = el.firstChild!;
      range.setStart(text, 0);
      range.setEnd(text, 2);
      const first = range.getBoundingClientRect();
      range.setStart(text, (text.textContent ?? "").length - 2);
      range.setEnd(text, (text.textContent ?? "").length);
      const last = range.getBoundingClientRect();
      return { first: first.x, last: last.x };
    });
    expect(firstGroup.first).toBeLessThan(firstGroup.last);
    await expectAccessible(page, testInfo);
  });
}

test("a phone set to Arabic, Ukrainian or Sámi lands in that language, and the choice sticks", async ({ browser }, testInfo) => {
  for (const [header, lang] of [
    ["ar-SA,ar;q=0.9,en;q=0.5", "ar"],
    ["uk-UA,uk;q=0.9,ru;q=0.8", "uk"],
    ["se-NO,nb;q=0.5", "se"],
  ] as const) {
    const context = await browser.newContext({
      ...testInfo.project.use,
      locale: header.split(",")[0],
      extraHTTPHeaders: { "Accept-Language": header },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${lang}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages(lang).get("home-heading")!);
    await context.close();
  }
  // Chosen on a page, without JavaScript or with it: the picker names each language in itself.
  const context = await browser.newContext({ ...testInfo.project.use });
  const page = await context.newPage();
  await page.goto("/nb/rettigheter");
  await ready(page, testInfo);
  await page.locator(".language-picker summary").click();
  for (const name of ["Davvisámegiella", "Українська", "العربية", "ትግርኛ", "دری", "Soomaali", "Polski"]) {
    await expect(page.locator(".language-picker").getByRole("button", { name })).toBeVisible();
  }
  await page.locator(".language-picker").getByRole("button", { name: "ትግርኛ" }).click();
  await expect(page).toHaveURL(/\/ti\/rettigheter$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/ti$/);
  await context.close();
});

test("the staff area keeps to nb, nn and en", async ({ page }, testInfo) => {
  await page.goto("/ar/staff/login");
  await expect(page).toHaveURL(/\/nb\/staff\/login$/);
  await ready(page, testInfo);
  await page.locator(".language-picker summary").click();
  await expect(page.locator(".language-picker button")).toHaveCount(3);
});

/**
 * Whether text renders as real glyphs: two different letters must look different, and different
 * from a code point no font has (which every font draws as the same empty box). The control pair
 * proves the comparison notices boxes.
 */
async function glyphs(page: Page, letters: string[]): Promise<Buffer[]> {
  const shots: Buffer[] = [];
  for (const letter of letters) {
    await page.evaluate((l) => {
      let probe = document.getElementById("glyph-probe");
      if (!probe) {
        probe = document.createElement("span");
        probe.id = "glyph-probe";
        probe.style.cssText = "font-size:48px;display:inline-block;padding:4px;background:#fff;color:#000";
        document.querySelector("main h1")!.after(probe);
      }
      probe.textContent = l;
    }, letter);
    shots.push(await page.locator("#glyph-probe").screenshot());
  }
  return shots;
}

for (const [lang, a, b, sample] of [
  ["ti", "ት", "ግ", "ትግርኛ"],
  ["se", "ŋ", "ŧ", "Davvisámegiella"],
] as const) {
  test(`${lang} text renders with real glyphs`, async ({ page }, testInfo) => {
    await page.goto(`/${lang}/rettigheter`);
    await ready(page, testInfo);
    await expect(page.locator(".language-picker")).toContainText(sample);
    const [first, second, missing, missingToo] = await glyphs(page, [a, b, "\u0378", "\u0379"]);
    await testInfo.attach(`${lang}-glyphs.png`, { body: first, contentType: "image/png" });
    // Control: two unassigned code points draw the same box, so equal images do mean boxes.
    expect(missing.equals(missingToo)).toBe(true);
    expect(first.equals(second), `${a} and ${b} look the same: no font has them`).toBe(false);
    expect(first.equals(missing), `${a} is drawn as a box`).toBe(false);
  });
}
