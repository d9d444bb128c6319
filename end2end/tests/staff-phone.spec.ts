import type { Page } from "@playwright/test";
import { expect, expectAccessible, ready, signIn, test } from "./helpers";

// Every staff page on a 360 × 740 phone with the demo data, reached as each role reaches it:
// through the staff menu in the header. Each page has that menu and «Logg ut», reads at 360 px
// (no block of text squeezed under 120 px wide so that it wraps) and is not endless.

const MAX_HEIGHT = 8000;
const MIN_TEXT_WIDTH = 120;

/**
 * Blocks holding text that are narrower than `min` px and wrap it onto a second line. Lines are
 * counted from the text's own boxes, not the block's height: a table cell is as tall as its row.
 */
async function squeezedText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const found: string[] = [];
    const inline = (el: Element) => getComputedStyle(el).display.startsWith("inline");
    for (const el of Array.from(document.querySelectorAll("main *"))) {
      const style = getComputedStyle(el);
      if (inline(el) || style.display === "none" || style.display === "contents") continue;
      const holdsText = Array.from(el.childNodes).some((n) =>
        (n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "") ||
        (n.nodeType === Node.ELEMENT_NODE && inline(n as Element) && ((n as Element).textContent ?? "").trim() !== ""));
      if (!holdsText) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.width >= min) continue;
      // Text hidden on purpose (a table's column heads on a phone, read by screen readers).
      let hidden = false;
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).clipPath !== "none") hidden = true;
      }
      if (hidden) continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
      if (text.height > line * 1.6) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(box.width)} px: «${(el.textContent ?? "").trim().slice(0, 40)}»`);
      }
    }
    return found;
  }, min);
}

/** The page is readable on the phone, and has the staff menu and the way out. */
async function expectReadable(page: Page, testInfo: Parameters<typeof expectAccessible>[1]) {
  await ready(page, testInfo);
  const url = page.url();
  await expect(page.getByRole("button", { name: "Logg ut" }), url).toBeVisible();
  await expect(page.locator(".site-menu summary"), url).toHaveText("Meny");
  // Soft: one run lists every page that does not read, not only the first.
  const squeezed = await squeezedText(page, MIN_TEXT_WIDTH);
  expect.soft(squeezed.slice(0, 5), `${url}: text columns narrower than ${MIN_TEXT_WIDTH} px`).toEqual([]);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect.soft(height, `${url} is at most ${MAX_HEIGHT} px tall`).toBeLessThanOrEqual(MAX_HEIGHT);
  await expectAccessible(page, testInfo);
}

/** The areas the header's staff menu offers, as paths. */
async function menuAreas(page: Page): Promise<string[]> {
  return page.locator("#site-nav a").evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Visits every area of the menu, and the first `extra` links of each pattern found there. */
async function walk(page: Page, testInfo: Parameters<typeof expectAccessible>[1], expected: string[], extra: RegExp[] = []) {
  await page.goto("/nb/staff");
  const areas = await menuAreas(page);
  expect(areas).toEqual(expect.arrayContaining(expected));
  const visited = new Set<string>();
  for (const area of areas) {
    await page.goto(area);
    await expectReadable(page, testInfo);
    // The page being read is marked in the menu.
    await expect(page.locator(`#site-nav a[href="${area}"]`)).toHaveAttribute("aria-current", "page");
    visited.add(area);
    // The links of this area's page first: visiting them leaves the page.
    const hrefs = await page.locator("main a").evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const pattern of extra) {
      for (const href of [...new Set(hrefs.filter((h) => pattern.test(h) && !visited.has(h)))].slice(0, 2)) {
        visited.add(href);
        await page.goto(href);
        await expectReadable(page, testInfo);
      }
    }
  }
  return visited;
}

test("an advisor's staff pages read on a phone, each with the staff menu and «Logg ut»", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, "ingrid.haugen@demo.neste-steg.no");
  const visited = await walk(page, testInfo, [
    "/nb/staff", "/nb/staff/answers", "/nb/staff/contact-requests", "/nb/staff/bookings",
    "/nb/staff/availability", "/nb/staff/contact-requests/import", "/nb/staff/numbers", "/nb/staff/demo-mailbox",
  ], [/^\/nb\/staff\/answers\/\d+$/, /^\/nb\/staff\/bookings\/\d+\/propose$/]);
  expect([...visited].some((p) => /^\/nb\/staff\/answers\/\d+$/.test(p)), "an answer was opened").toBe(true);
  // The new-request form, reached from the list, reads too.
  await page.goto("/nb/staff/contact-requests/new");
  await expectReadable(page, testInfo);
  // Logging out works from any page, not only the workplace.
  await page.goto("/nb/staff/bookings");
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/nb\/staff\/login$/);
  await page.goto("/nb/staff/bookings");
  await expect(page).toHaveURL(/\/nb\/staff\/login\?next=/);
});

test("a coordinator's county-wide lists are paged, with each entry's number to tap", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, "kari.koordinator@demo.neste-steg.no");
  await walk(page, testInfo, ["/nb/staff", "/nb/staff/answers", "/nb/staff/contact-requests", "/nb/staff/bookings"]);

  await page.goto("/nb/staff/contact-requests");
  const requests = page.locator(".request-list > li");
  await expect(requests).toHaveCount(20);
  // Each entry shows how to reach the person: a number to tap or an address to write to.
  const reachable = await requests.evaluateAll((items) =>
    items.filter((li) => li.querySelector('a[href^="tel:+"], a[href^="mailto:"]')).length);
  expect(reachable).toBe(20);
  // An answered request leads to its answer.
  const answered = requests.filter({ hasText: "Svart" }).first();
  await answered.locator(".staff-list__name a").click();
  await expect(page).toHaveURL(/\/nb\/staff\/answers\/\d+$/);
  await page.goBack();
  // The call list, on its own page: a tappable number for every entry that has one.
  await page.goto("/nb/staff/call-list");
  const calls = page.locator(".call-list > li");
  expect(await calls.count()).toBeGreaterThan(0);
  await expect(calls.first().locator('a[href^="tel:+"]')).toBeVisible();
  await expectReadable(page, testInfo);
  await page.goto("/nb/staff/contact-requests");

  // Paging: the second page follows on from the first, without JavaScript too.
  const ids = () => requests.evaluateAll((items) => items.map((li) => li.id));
  const firstPage = await ids();
  await expect(page.locator(".paging__position")).toHaveText(/^Side \u2068?1\u2069? av \u2068?\d+\u2069?$/);
  await page.getByRole("link", { name: "Neste side" }).click();
  await expect(page).toHaveURL(/\/nb\/staff\/contact-requests\?page=2#requests$/);
  await expect(page.locator(".paging__position")).toHaveText(/^Side \u2068?2\u2069? av \u2068?\d+\u2069?$/);
  const secondPage = await ids();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((id) => firstPage.includes(id)), "no request on both pages").toEqual([]);
  await expect(page.getByRole("link", { name: "Forrige side" })).toBeVisible();
  await expectReadable(page, testInfo);
  // A page past the end shows the last page, not an empty list.
  await page.goto("/nb/staff/contact-requests?page=9999");
  await expect(requests.first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Neste side" })).toHaveCount(0);
});

test("the council coordinator's pages read on a phone: hearings, meetings and the year plan", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, "mona.radskoordinator@demo.neste-steg.no");
  const visited = await walk(page, testInfo, ["/nb/staff", "/nb/staff/council"],
    [/^\/nb\/staff\/council\/hearings\/\d+$/, /^\/nb\/staff\/council\/meetings\/\d+$/]);
  expect([...visited].filter((p) => /\/hearings\/\d+$/.test(p)).length, "hearings were opened").toBeGreaterThan(0);
  expect([...visited].filter((p) => /\/meetings\/\d+$/.test(p)).length, "meetings were opened").toBeGreaterThan(0);
  // Youth work is not in the council coordinator's menu.
  expect(await menuAreas(page)).not.toContain("/nb/staff/answers");
});

test("an administrator's pages read on a phone", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, "arne.admin@demo.neste-steg.no");
  await walk(page, testInfo, ["/nb/staff", "/nb/staff/admin", "/nb/staff/admin/departments", "/nb/staff/audit", "/nb/staff/numbers"],
    [/^\/nb\/staff\/admin\/departments\/[a-z-]+$/]);
  expect(await menuAreas(page)).not.toContain("/nb/staff/answers");
});
