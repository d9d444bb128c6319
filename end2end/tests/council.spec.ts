import { expect, test } from "./helpers";
import type { Browser, Page, TestInfo } from "@playwright/test";
import { expectAccessible, jsEnabled, messageTo, ready, signIn } from "./helpers";

/** Follows «Neste side» to the last page of a paged list. */
async function lastPage(page: Page) {
  for (let i = 0; i < 20; i++) {
    const next = page.getByRole("link", { name: "Neste side" });
    if ((await next.count()) === 0) return;
    await next.click();
  }
}

// The OT-råd: the public page, applying, the coordinator admitting the applicant, the new member
// signing in with the code from the message, input to a hearing, and the council coordinator
// closing the loop: approving, answering and publishing; the member sees the answer and got a
// message; the public page shows it. In bokmål and in Arabic (right to left), with and without
// JavaScript (the two projects), on a phone. Fields are found by their ids, so that the same
// steps read the same in both languages; the words are checked where they matter.
test.setTimeout(180_000);

async function phone(browser: Browser, testInfo: TestInfo) {
  const context = await browser.newContext({ ...testInfo.project.use });
  return { context, page: await context.newPage() };
}

/** The one form on the page that holds `field`, and its submit button. */
function submitOf(page: Page, field: string) {
  return page.locator(`form:has(${field}) button[type=submit]`);
}

test("the public council page shows members by first name and OT's published answers", async ({ page }, testInfo) => {
  for (const lang of ["nb", "ar"]) {
    await page.goto(`/${lang}/ot-rad`);
    await ready(page, testInfo);
    await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
    await expect(page.locator(".council-members")).toContainText("Sara");
    await expect(page.locator(".council-answers")).toContainText("Fra januar sender OT alltid SMS");
    // First names and roles only: no member's number or address.
    await expect(page.locator("main")).not.toContainText("40000211");
    await expectAccessible(page, testInfo);
  }
  await page.goto("/nb/ot-rad");
  await expect(page.locator("main")).toContainText("kan du beholde plassen i rådet det første året");
});

for (const lang of ["nb", "ar"]) {
  test(`a young person applies in ${lang}, is admitted, signs in with the code, and OT answers their input`, async ({ page, browser }, testInfo) => {
    const tag = `${lang}${testInfo.project.name.replace(/\W/g, "")}`.replace(/[^a-z]/gi, "");
    const name = `Ada${tag.slice(0, 20)}`;
    const mobile = `9${String(Date.now()).slice(-7)}`;
    const youth = await phone(browser, testInfo);
    const y = youth.page;

    // Applying: a first try without a name or age is refused next to the fields and in the
    // summary, and keeps what was typed.
    await y.goto(`/${lang}/ot-rad/bli-med`);
    await ready(y, testInfo);
    await expectAccessible(y, testInfo);
    await y.locator("#mobile").fill(mobile);
    await y.locator("#contact_channel").check();
    await y.locator("#reason").fill("Jeg vet hvordan det er.");
    await submitOf(y, "#first_name").click();
    await expect(y.locator(".error-summary a[href='#first_name']")).toBeVisible();
    await expect(y.locator("#first_name")).toHaveAttribute("aria-invalid", "true");
    await expect(y.locator("#mobile")).toHaveValue(mobile);
    if (!jsEnabled(testInfo)) {
      // The server's refusal names the age too, and kept the choice and the text.
      await expect(y.locator(".error-summary a[href='#age']")).toBeVisible();
      await expect(y.locator("#contact_channel")).toBeChecked();
      await expect(y.locator("#reason")).toHaveValue("Jeg vet hvordan det er.");
    }
    await expectAccessible(y, testInfo);
    await y.locator("#first_name").fill(name);
    await y.locator("#age").fill("17");
    await submitOf(y, "#first_name").click();
    await expect(y.locator(".panel--success")).toBeVisible();
    expect(y.url()).not.toContain(mobile);
    await expectAccessible(y, testInfo);

    // The council coordinator admits her, as a member from today.
    await signIn(page, "mona.radskoordinator@demo.neste-steg.no");
    await page.goto("/nb/staff/council");
    await ready(page, testInfo);
    const application = page.locator("#applications li, #applications tr, #applications article", { hasText: name }).first();
    await expect(application).toBeVisible();
    await application.getByRole("button", { name: /Ta opp|Admit/ }).click();
    await expect(page.locator("main")).toContainText(name);

    // The receipt promised a message on admission: it comes by SMS, in her language, with where
    // to log in.
    const welcome = await messageTo(`+47${mobile}`, `/${lang}/ot-rad/logg-inn`);
    expect(welcome.text).toContain(name);

    // She signs in with the code sent by SMS.
    await y.goto(`/${lang}/ot-rad/logg-inn`);
    await ready(y, testInfo);
    await y.locator("#contact").fill(mobile);
    await submitOf(y, "#contact").click();
    await expect(y.locator("#code")).toBeVisible();
    const sms = await messageTo(`+47${mobile}`, "/ot-rad/lenke/");
    expect(sms.text).toContain(`/${lang}/ot-rad/lenke/`);
    const code = sms.text.match(/\b(\d{6})\b/)![1];
    const wrong = code === "000000" ? "111111" : "000000";
    await y.locator("#code").fill(wrong);
    await submitOf(y, "#code").click();
    await expect(y.locator(".error-summary")).toBeVisible();
    await expect(y.locator("#code")).toHaveValue(wrong);
    await y.locator("#code").fill(code);
    await submitOf(y, "#code").click();
    await expect(y.getByRole("heading", { level: 1 })).toContainText(name);
    await expectAccessible(y, testInfo);

    // Her input to the open hearing, with a script in it: it is text everywhere.
    await y.getByRole("link", { name: "Hvordan vil du helst at OT tar kontakt?" }).click();
    await ready(y, testInfo);
    const text = `Send SMS <script>alert("${tag}")</script> fra ${tag}`;
    await y.locator("#text").fill(text);
    await submitOf(y, "#text").click();
    // What she sent is shown at the top, above the fold of the phone, not under an empty box.
    const sent = y.locator(".panel--success", { hasText: tag });
    await expect(sent).toContainText(`<script>alert("${tag}")</script>`);
    const box = await sent.boundingBox();
    expect(box!.y + box!.height, "the sent input is above the fold").toBeLessThanOrEqual(740);
    const own = y.locator(".council-card--own", { hasText: tag });
    await expect(own).toContainText(`<script>alert("${tag}")</script>`);
    // She is 17: OT looks at it before the other members can read it.
    await expect(own.locator(".notice")).toBeVisible();
    await expectAccessible(y, testInfo);

    // The coordinator approves, answers and publishes it.
    await page.goto("/nb/staff/council");
    await page.getByRole("link", { name: "Hvordan vil du helst at OT tar kontakt?" }).first().click();
    await ready(page, testInfo);
    // The inputs come five to a page, oldest first: hers is on the last.
    await lastPage(page);
    const input = page.locator("[data-input]", { hasText: tag }).first();
    await expect(input).toContainText(name);
    await input.getByRole("button", { name: /Godkjenn/ }).first().click();
    const answered = page.locator("[data-input]", { hasText: tag }).first();
    // An answer that names her (she is 17) is not published at one tick: the form warns, and
    // without the second tick the server refuses next to the box, keeping the tick.
    await answered.locator("summary", { hasText: "Svar og status" }).click();
    await answered.locator("textarea[name=answer]").fill(`Takk, ${name}! Vi skriver SMS fra nå.`);
    await answered.locator("form:has(textarea[name=answer]) button[type=submit]").click();
    const named = page.locator("[data-input]", { hasText: tag }).first();
    await expect(named.locator(".notice--warning")).toContainText("nevner");
    await expect(named.locator(".notice--warning")).toContainText(name);
    await named.locator("form:has(input[name=published]) input[name=published]").check();
    await named.locator("form:has(input[name=published]) button[type=submit]").click();
    const refused = page.locator("[data-input]", { hasText: tag }).first();
    await expect(refused.locator(".field__error")).toHaveText("Kryss av for at navnet kan stå på den offentlige siden, eller ta det ut av svaret først.");
    await expect(refused.locator("input[name=published]")).toBeChecked();
    await expect(page.locator(".error-summary")).toContainText("Kryss av for at navnet");
    await expectAccessible(page, testInfo);
    // She takes the name out of the answer; then one tick publishes it.
    // Once answered, the answer form is folded under «Svar og status».
    await refused.locator("summary", { hasText: "Svar og status" }).click();
    await refused.locator("textarea[name=answer]").fill(`Takk, ${tag}. Vi skriver SMS fra nå.`);
    await refused.locator("form:has(textarea[name=answer]) button[type=submit]").click();
    const published = page.locator("[data-input]", { hasText: tag }).first();
    await expect(published.locator(".notice--warning")).toHaveCount(0);
    await published.locator("form:has(input[name=published]) input[name=published]").check();
    await published.locator("form:has(input[name=published]) button[type=submit]").click();
    await expect(page.locator("[data-input]", { hasText: tag }).first().locator("input[name=published]")).toBeChecked();
    await expectAccessible(page, testInfo);
    const hearingAdmin = page.url().split("?")[0].split("#")[0];

    // The coordinator's own status: a nameless one is refused next to its field, a named one is
    // added and set beside the fixed status.
    await page.goto("/nb/staff/council#own-statuses");
    await ready(page, testInfo);
    await submitOf(page, "#label-own-status").click();
    await expect(page.locator("#label-own-status-error")).toContainText("Skriv navnet på statusen.");
    await expectAccessible(page, testInfo);
    const ownStatus = `Sendt til hovedutvalget ${tag}`;
    await page.locator("#label-own-status").fill(ownStatus);
    await submitOf(page, "#label-own-status").click();
    await expect(page.locator("#own-statuses li", { hasText: ownStatus })).toBeVisible();
    await page.goto(hearingAdmin);
    await ready(page, testInfo);
    await lastPage(page);
    // Every card now offers the status (whose label holds the tag): find hers by her text.
    const hers = () => page.locator("[data-input]", { hasText: `fra ${tag}` });
    await hers().locator("summary", { hasText: "Svar og status" }).click();
    await hers().locator("select[name=own_status]").selectOption({ label: ownStatus });
    await hers().locator("form:has(select[name=own_status]) button[type=submit]").click();
    await expect(hers().locator(".facts")).toContainText(ownStatus);
    await expectAccessible(page, testInfo);

    // She got a message in her language and sees the answer.
    const told = await messageTo(`+47${mobile}`, "/ot-rad/medlem/horing/");
    expect(told.text).toContain(`/${lang}/ot-rad/medlem/horing/`);
    await y.reload();
    await expect(y.locator(".council-card--own", { hasText: tag })).toContainText(`Vi skriver SMS fra nå.`);
    await expect(y.locator(".council-card--own", { hasText: tag })).toContainText(ownStatus);

    // The public page shows the input as text and OT's answer, without her name.
    await y.goto(`/${lang}/ot-rad`);
    const card = y.locator(".council-answers .council-card", { hasText: tag });
    await expect(card).toContainText(`<script>alert("${tag}")</script>`);
    await expect(card).toContainText(`Takk, ${tag}.`);
    await expect(card.locator("bdi")).toHaveText(ownStatus);
    await expect(card).not.toContainText(name);
    await expectAccessible(y, testInfo);
    await youth.context.close();
  });
}
