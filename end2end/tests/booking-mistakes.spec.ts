import type { Browser, TestInfo } from "@playwright/test";
import { expect, expectAccessible, messageTo, ready, signIn, sinkURL, test } from "./helpers";

// Mistakes on the public booking page, as a young person makes them on a phone: everything
// wrong is said at once (with JavaScript as without), a wrong code warns before the last try
// and a new code can be asked for, and choosing another time keeps what was typed.
test.setTimeout(120_000);

const words = {
  nb: {
    office: "Larvik", form: "På kontoret", show: "Vis ledige tider", send: "Send forespørselen",
    firstName: "Fornavn", mobile: "Mobilnummer", codeTitle: "Skriv inn koden", code: "Koden",
    confirmCode: "Bekreft og send forespørselen", resend: "Send meg en ny kode",
    resent: "Vi har sendt deg en ny kode.", lastTry: "Du har ett forsøk igjen.", again: "Velg tid på nytt",
    waiting: "Vi venter på svar fra veilederen", gone: "Koden virker ikke lenger.",
    confirmed: "Samtalen er bekreftet", move: "Flytt til en annen tid", moveTitle: "Velg en ny tid", moving: "Du har bedt om å flytte samtalen", cancel: "Avlys samtalen", cancelYes: "Ja, avlys samtalen", cancelled: "Samtalen er avlyst",
  },
  ar: {
    office: "Larvik", form: "في المكتب", show: "اعرض المواعيد المتاحة", send: "أرسل الطلب",
    firstName: "الاسم الأول", mobile: "رقم الهاتف المحمول", codeTitle: "اكتب الرمز", code: "الرمز",
    confirmCode: "أكّد وأرسل الطلب", resend: "أرسل لي رمزًا جديدًا",
    resent: "أرسلنا لك رمزًا جديدًا.", lastTry: "بقيت لديك محاولة واحدة.", again: "اختر موعدًا من جديد",
    waiting: "ننتظر ردّ المرشد", gone: "الرمز لم يعد يعمل.",
    confirmed: "تم تأكيد المحادثة", move: "انقل المحادثة إلى موعد آخر", moveTitle: "اختر موعدًا جديدًا", moving: "طلبت أن تنقل المحادثة إلى موعد آخر", cancel: "ألغِ المحادثة", cancelYes: "نعم، ألغِ المحادثة", cancelled: "أُلغيت المحادثة",
  },
};

async function phone(browser: Browser, testInfo: TestInfo) {
  const context = await browser.newContext({ ...testInfo.project.use });
  return { context, page: await context.newPage() };
}

/** The code of the first message to `to` whose code is not `old`. */
async function newCode(to: string, old: string): Promise<string> {
  for (let i = 0; i < 60; i++) {
    const messages: { to: string; text: string }[] = await (await fetch(`${sinkURL}/messages`)).json();
    const fresh = messages
      .filter((m) => m.to === to)
      .map((m) => m.text.match(/\b(\d{6})\b/)?.[1])
      .find((code) => code && code !== old);
    if (fresh) return fresh;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no new code reached ${to}`);
}

/** A mobile number no other run uses. */
function freshMobile(seed: number): string {
  return `9${String(Date.now() * 10 + seed).slice(-7)}`;
}

for (const [lang, w] of Object.entries(words)) {
  test(`every mistake on the booking form is said at once in ${lang}`, async ({ browser }, testInfo) => {
    const { context, page } = await phone(browser, testInfo);
    await page.goto(`/${lang}/bestill`);
    await page.getByLabel(w.office).check();
    await page.getByLabel(w.form).check();
    await page.getByRole("button", { name: w.show }).click();
    await expect(page.locator("#slot")).toBeVisible();
    await ready(page, testInfo);
    // Nothing chosen, nothing typed: the time, the name and a way to reach her, all in one go.
    await page.getByRole("button", { name: w.send }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeVisible();
    const links = await summary.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")).sort());
    expect(links).toEqual(["#contact", "#first_name", "#slot"]);
    await expect(page.locator("#slot-error")).toBeVisible();
    await expect(page.locator("#first_name-error")).toBeVisible();
    await expect(page.locator("#contact-error")).toBeVisible();
    await expectAccessible(page, testInfo);
    // Only the contact left wrong: the summary says just that.
    await page.locator("#slot").check();
    await page.getByLabel(w.firstName, { exact: true }).first().fill("Lea");
    await page.getByRole("button", { name: w.send }).click();
    await expect(summary.locator("a")).toHaveCount(1);
    await expect(summary.locator("a")).toHaveAttribute("href", "#contact");
    await expect(page.getByLabel(w.firstName, { exact: true }).first()).toHaveValue("Lea");
    await context.close();
  });

  test(`a wrong code warns before the last try, a new code can be asked for, and another time keeps what was typed, in ${lang}`, async ({ browser }, testInfo) => {
    const { context, page } = await phone(browser, testInfo);
    const mobile = freshMobile(lang === "nb" ? 1 : 2);
    const name = `Mia${lang}`;
    await page.goto(`/${lang}/bestill`);
    await page.getByLabel(w.office).check();
    await page.getByLabel(w.form).check();
    await page.getByRole("button", { name: w.show }).click();
    await page.locator("#slot").check();
    await page.getByLabel(w.firstName, { exact: true }).first().fill(name);
    await page.getByLabel(w.mobile, { exact: true }).first().fill(mobile);
    await page.getByRole("button", { name: w.send }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.codeTitle);
    const codeUrl = new URL(page.url()).pathname;
    const first = (await messageTo(`+47${mobile}`)).text.match(/\b(\d{6})\b/)![1];
    const wrong = first === "000000" ? "111111" : "000000";

    // Four wrong tries: the fourth leaves one, and the page says so before she uses it.
    for (let i = 0; i < 4; i++) {
      await expect(page.locator(".notice--warning")).toHaveCount(0);
      await page.getByLabel(w.code, { exact: true }).fill(wrong);
      await page.getByRole("button", { name: w.confirmCode }).click();
      await expect(page.locator("#code-error")).toBeVisible();
    }
    await expect(page.locator(".notice--warning")).toContainText(w.lastTry);
    await expectAccessible(page, testInfo);

    // She asks for a new code instead: a new message, every try back, the old code dead.
    await page.getByRole("button", { name: w.resend }).click();
    await expect(page.getByRole("status")).toContainText(w.resent);
    await expect(page.locator(".notice--warning")).toHaveCount(0);
    const second = await newCode(`+47${mobile}`, first);
    expect(second).toMatch(/^\d{6}$/);
    await expectAccessible(page, testInfo);

    // «Choose another time» keeps the office, her name and her mobile.
    await page.getByRole("link", { name: w.again }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/bestill/bekreft/[^/]+/ny-tid`));
    await expect(page.locator("main")).toContainText(w.office);
    await expect(page.getByLabel(w.firstName, { exact: true }).first()).toHaveValue(name);
    await expect(page.getByLabel(w.mobile, { exact: true }).first()).toHaveValue(new RegExp(`${mobile}$`));
    await expectAccessible(page, testInfo);

    // Back on the code page, the new code confirms the request.
    await page.goto(codeUrl);
    await page.getByLabel(w.code, { exact: true }).fill(second);
    await page.getByRole("button", { name: w.confirmCode }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.waiting);
    await context.close();
  });
}

for (const [lang, w] of Object.entries(words)) {
  test(`cancelling a confirmed meeting after asking to move it ends the move too, in ${lang}`, async ({ page, browser }, testInfo) => {
    const { context, page: phonePage } = await phone(browser, testInfo);
    const mobile = freshMobile(lang === "nb" ? 3 : 4);
    const name = `Ulla${lang}${testInfo.project.name.replace(/\W/g, "")}`;
    await phonePage.goto(`/${lang}/bestill`);
    await phonePage.getByLabel(w.office).check();
    await phonePage.getByLabel(w.form).check();
    await phonePage.getByRole("button", { name: w.show }).click();
    await phonePage.locator("#slot").check();
    await phonePage.getByLabel(w.firstName, { exact: true }).first().fill(name);
    await phonePage.getByLabel(w.mobile, { exact: true }).first().fill(mobile);
    await phonePage.getByRole("button", { name: w.send }).click();
    const code = (await messageTo(`+47${mobile}`)).text.match(/\b(\d{6})\b/)![1];
    await phonePage.getByLabel(w.code, { exact: true }).fill(code);
    await phonePage.getByRole("button", { name: w.confirmCode }).click();
    await expect(phonePage.getByRole("heading", { level: 1 })).toHaveText(w.waiting);
    const bookingPath = new URL(phonePage.url()).pathname;

    // Jonas confirms; she asks to move it; then she cancels the meeting.
    await signIn(page, "jonas.larsen@demo.neste-steg.no");
    await page.goto("/nb/staff/bookings");
    const waiting = () => page.locator("li.answer-card", { hasText: name }).filter({ has: page.getByRole("button", { name: "Bekreft" }) });
    await waiting().getByRole("button", { name: "Bekreft" }).click();
    await expect(page.getByRole("status")).toContainText(name);
    await phonePage.goto(bookingPath);
    await expect(phonePage.getByRole("heading", { level: 1 })).toHaveText(w.confirmed);
    await phonePage.getByRole("link", { name: w.move }).click();
    await expect(phonePage.getByRole("heading", { level: 1 })).toHaveText(w.moveTitle);
    await phonePage.locator("#slot").check();
    await phonePage.getByRole("button", { name: w.send }).click();
    await phonePage.goto(bookingPath);
    await expect(phonePage.locator("main")).toContainText(w.moving);
    await phonePage.getByRole("link", { name: w.cancel }).click();
    await phonePage.getByRole("button", { name: w.cancelYes }).click();
    await expect(phonePage.getByRole("heading", { level: 1 })).toHaveText(w.cancelled);
    // The move ended with it: her page no longer speaks of it, and Jonas has nothing to confirm.
    await expect(phonePage.locator("main")).not.toContainText(w.moving);
    await expectAccessible(phonePage, testInfo);
    await page.goto("/nb/staff/bookings");
    await expect(waiting()).toHaveCount(0);
    await context.close();
  });
}
