import { expect, test } from "./helpers";
import { expectAccessible, jsEnabled, ready, signIn } from "./helpers";

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
  await page.goto("/nb/bestill?kontor=larvik&form=office");
  await ready(page, testInfo);
  const button = page.getByRole("button", { name: "Send forespørselen" });
  if (jsEnabled(testInfo)) {
    // A form the check lets through; its submissions are counted and held, as a slow line
    // holds the page: three presses.
    await page.locator("#slot").check();
    await page.getByLabel("Fornavn", { exact: true }).first().fill("Sendeknapp");
    await page.getByLabel("Mobilnummer").first().fill("91234567");
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
    await page.goto("/nb/bestill?kontor=larvik&form=office");
    await ready(page, testInfo);
  }
  // The journey, with or without JavaScript: nothing typed, and the page says what is missing.
  await page.getByRole("button", { name: "Send forespørselen" }).click();
  await expect(page.locator(".error-summary")).toContainText("Skriv fornavnet ditt, bare med bokstaver.");
  await expect(page.locator("#first_name")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, testInfo);
});

test("a mistyped mobile is caught before sending, with the server's words, and nothing typed is lost", async ({ page }, testInfo) => {
  const posts: string[] = [];
  page.on("request", (r) => { if (r.method() === "POST" && r.url().includes("request-booking")) posts.push(new URL(r.url()).pathname); });
  await page.goto("/nb/bestill?kontor=larvik&form=office");
  await ready(page, testInfo);
  const slot = await page.locator("#slot").getAttribute("value");
  await page.locator("#slot").check();
  await page.getByLabel("E-post").fill("ikke-en-adresse");
  await page.getByLabel("Mobilnummer").first().fill("123");
  await page.getByRole("button", { name: "Send forespørselen" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("Skriv fornavnet ditt, bare med bokstaver.");
  await expect(summary).toContainText("Skriv et norsk mobilnummer med 8 siffer, eller et nummer som begynner med +.");
  await expect(summary).toContainText("Skriv en e-postadresse som navn@eksempel.no.");
  for (const id of ["#first_name", "#mobile", "#email"]) {
    await expect(page.locator(id)).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.locator("#mobile-error")).toBeVisible();
  await expect(page.getByLabel("Mobilnummer").first()).toHaveValue("123");
  await expect(page.getByLabel("E-post")).toHaveValue("ikke-en-adresse");
  await expect(page.locator(`input[name=slot][value="${slot}"]`)).toBeChecked();
  // With JavaScript the browser said it and nothing was sent; without, the server did.
  expect(posts.length, "posts to the server").toBe(jsEnabled(testInfo) ? 0 : 1);
  // The summary's link leads to the field.
  await summary.getByRole("link", { name: /^Skriv et norsk mobilnummer/ }).click();
  await expect(page.locator("#mobile")).toBeFocused();
  await expectAccessible(page, testInfo);
});

test("more days and another office are shown in place, keeping what was typed", async ({ page }, testInfo) => {
  await page.goto("/nb/bestill?kontor=larvik&form=office");
  await ready(page, testInfo);
  await page.getByLabel("Fornavn", { exact: true }).first().fill("Stedfortreder");
  const days = page.locator("h2.day");
  const before = await days.count();
  const url = page.url();
  await page.getByRole("link", { name: "Vis flere dager" }).click();
  await expect.poll(() => days.count()).toBeGreaterThan(before);
  if (jsEnabled(testInfo)) {
    // No page load: the address is the same, the name still typed, and the focus on the first
    // new day.
    expect(page.url()).toBe(url);
    await expect(page.getByLabel("Fornavn", { exact: true }).first()).toHaveValue("Stedfortreder");
    await expect(page.locator(`#day-${before}`)).toBeFocused();
    // Another office, in place: the times are Horten's and the form will send Horten.
    const larvikFirst = await page.locator("#slot").getAttribute("value");
    await page.getByRole("link", { name: "Velg et annet kontor" }).click();
    await page.getByLabel("Hvilket kontor vil du til?").selectOption("horten");
    await expect(page.locator("form:has(#slot) input[name=office]")).toHaveValue("horten");
    await expect(page.locator("#slot")).not.toHaveAttribute("value", larvikFirst!);
    expect(page.url()).toBe(url);
    await expect(page.getByLabel("Fornavn", { exact: true }).first()).toHaveValue("Stedfortreder");
  } else {
    expect(page.url()).toContain("dager=");
    await page.getByRole("link", { name: "Velg et annet kontor" }).click();
    await expect(page.getByRole("radio", { name: "Horten" })).toBeVisible();
  }
  await expectAccessible(page, testInfo);
});

test("a time taken by someone else meanwhile is said next to the list", async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), "without JavaScript the server says so when the form is sent (booking.spec)");
  await page.goto("/nb/bestill?kontor=larvik&form=office");
  await ready(page, testInfo);
  await page.getByLabel("Fornavn", { exact: true }).first().fill("Treig");
  const chosen = (await page.locator("#slot").getAttribute("value"))!;
  // Someone books that time while the page is open: from now on the server no longer offers it
  // (the island asks for the page again; its answer is changed here as the booking would).
  await page.route(/\/nb\/bestill\?/, async (route) => {
    if (route.request().resourceType() !== "fetch") return route.continue();
    const response = await route.fetch();
    const value = chosen.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const html = (await response.text()).replace(
      new RegExp(`<div class="choice"><input[^>]*value="${value}"[^>]*><label[^>]*>.*?</label></div>`), "");
    const headers = { ...response.headers() };
    delete headers["content-encoding"];
    delete headers["content-length"];
    await route.fulfill({ status: response.status(), headers, body: html });
  });
  await page.locator("#slot").click();
  await expect(page.locator("#slot-error")).toHaveText("Noen andre tok akkurat den tiden. Velg en annen tid.");
  await expect(page.locator(`input[name=slot][value="${chosen}"]`)).toHaveCount(0);
  await expect(page.getByLabel("Fornavn", { exact: true }).first()).toHaveValue("Treig");
  await expectAccessible(page, testInfo);
});

test("the workplace's counts refresh by themselves while the page is open", async ({ page, browser }, testInfo) => {
  const name = `Tell${testInfo.project.name.replace(/\W/g, "")}`;
  if (jsEnabled(testInfo)) await page.clock.install();
  await signIn(page, "jonas.larsen@demo.neste-steg.no");
  await ready(page, testInfo);
  const tasks = page.locator(".task-list");
  await expect(tasks).toHaveAttribute("aria-live", "polite");
  const before = (await tasks.textContent()) ?? "";
  // Someone asks Larvik to call them.
  const other = await browser.newContext({ ...testInfo.project.use });
  const per = await other.newPage();
  await per.goto("/nb/bestill?kontor=larvik&form=office");
  await per.locator("#callback_first_name").fill(name);
  await per.locator("#callback_mobile").fill("41234568");
  await per.getByRole("button", { name: "Ring meg" }).click();
  await expect(per.getByRole("status")).toContainText("Takk! Vi ringer deg");
  await other.close();
  if (jsEnabled(testInfo)) {
    // No reload: within a minute the list says so by itself.
    await page.clock.runFor(60_000);
    await expect(tasks).not.toHaveText(before);
  } else {
    await page.reload();
  }
  await expect(tasks).toContainText("vil bli ringt");
  // The booking queue carries the same counts.
  await page.goto("/nb/staff/bookings");
  await expect(page.locator(".task-list")).toContainText("vil bli ringt");
  await expectAccessible(page, testInfo);
});

test("an advisor adds and removes weekly time ranges in place", async ({ page }, testInfo) => {
  await signIn(page, "siri.berg@demo.neste-steg.no");
  await page.goto("/nb/staff/availability");
  await ready(page, testInfo);
  const tuesday = page.locator("fieldset.day-ranges", { hasText: "tirsdag" });
  const rows = tuesday.locator(".range");
  const saved = await rows.count();
  if (jsEnabled(testInfo)) {
    // Two more ranges without a page load; one of them taken away again.
    await tuesday.getByRole("button", { name: "Legg til et tidsrom – tirsdag" }).click();
    await tuesday.getByRole("button", { name: "Legg til et tidsrom – tirsdag" }).click();
    await expect(rows).toHaveCount(saved + 2);
    await expect(rows.last().locator("input[type=time]").first()).toBeFocused();
    await rows.last().getByRole("button", { name: "Fjern tidsrommet – tirsdag" }).click();
    await expect(rows).toHaveCount(saved + 1);
  }
  // Without JavaScript the day has one empty row to fill.
  // Each project adds its own range: they share one database.
  const [from, to] = jsEnabled(testInfo) ? ["18:00", "19:00"] : ["19:30", "20:30"];
  const last = rows.last().locator("input[type=time]");
  await expect(last.first()).toHaveValue("");
  await last.first().fill(from);
  await last.last().fill(to);
  await page.getByRole("button", { name: "Lagre tidene" }).click();
  await expect(page.getByRole("status")).toHaveText("Tidene er lagret.");
  await expect(tuesday.locator(`input[value="${from}"]`)).toHaveCount(1);
  // Saved, and one empty row again for the next range.
  await expect(rows).toHaveCount(saved + 1);
  await expectAccessible(page, testInfo);
});
