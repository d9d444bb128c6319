import { expect, test } from "./helpers";
import type { Browser, TestInfo } from "@playwright/test";
import { expectAccessible, jsEnabled, messageTo, ready, signIn } from "./helpers";

// Booking a conversation: from the public page and from the answer flow, the advisor confirming,
// the young person seeing «confirmed», downloading the calendar file and cancelling, and a
// second young person finding the same time taken. In bokmål and nynorsk, with and without
// JavaScript (the two projects), on a phone.
test.setTimeout(120_000);

const words = {
  nb: {
    title: "Bestill en samtale", office: "Larvik", form: "På kontoret", show: "Vis ledige tider",
    send: "Send forespørselen", missing: "Velg en tid.", taken: "Noen andre tok akkurat den tiden. Velg en annen tid.",
    firstName: "Fornavn", email: "E-post", mobile: "Mobilnummer", waiting: "Vi venter på svar fra veilederen",
    confirmed: "Samtalen er bekreftet", cancel: "Avlys samtalen", cancelled: "Samtalen er avlyst",
    calendar: "Last ned til kalenderen (.ics)", message: "er bekreftet", withdraw: "Avbestill tiden",
    cancelYes: "Ja, avlys samtalen", withdrawYes: "Ja, avbestill", keep: "Nei, behold samtalen",
    helpHint: "Skriv gjerne hva du vil ha hjelp til.", workHint: "navnet på skolen eller jobben",
    withdrawn: "Du har trukket forespørselen", book: "Bestill en samtale med en veileder",
    continue: "Fortsett", next: "Neste", wantsHelp: /hjelp/i, channel: "E-post", any: "Når som helst", answer: "Send svaret",
    callMe: "Ring meg", called: "Takk! Vi ringer deg",
    move: "Flytt til en annen tid", moveTitle: "Velg en ny tid", moving: "Du har bedt om å flytte samtalen.",
    codeTitle: "Skriv inn koden", code: "Koden", confirmCode: "Bekreft og send forespørselen",
    wrongCode: "Det er ikke koden vi sendte.", receipt: "Her kan du se den eller trekke den tilbake",
  },
  nn: {
    title: "Bestill ein samtale", office: "Larvik", form: "På kontoret", show: "Vis ledige tider",
    send: "Send førespurnaden", missing: "Vel ei tid.", taken: "Nokon andre tok akkurat den tida. Vel ei anna tid.",
    firstName: "Førenamn", email: "E-post", mobile: "Mobilnummer", waiting: "Vi ventar på svar frå rettleiaren",
    confirmed: "Samtalen er stadfesta", cancel: "Avlys samtalen", cancelled: "Samtalen er avlyst",
    calendar: "Last ned til kalenderen (.ics)", message: "er stadfesta", withdraw: "Avbestill tida",
    cancelYes: "Ja, avlys samtalen", withdrawYes: "Ja, avbestill", keep: "Nei, behald samtalen",
    helpHint: "Skriv gjerne kva du vil ha hjelp til.", workHint: "namnet på skulen eller jobben",
    withdrawn: "Du har trekt førespurnaden", book: "Bestill ein samtale med ein rettleiar",
    continue: "Hald fram", next: "Neste", wantsHelp: /hjelp/i, channel: "E-post", any: "Når som helst", answer: "Send svaret",
    callMe: "Ring meg", called: "Takk! Vi ringjer deg",
    move: "Flytt til ei anna tid", moveTitle: "Vel ei ny tid", moving: "Du har bede om å flytte samtalen.",
    codeTitle: "Skriv inn koden", code: "Koden", confirmCode: "Stadfest og send førespurnaden",
    wrongCode: "Det er ikkje koden vi sende.", receipt: "Her kan du sjå han eller trekkje han tilbake",
  },
};

async function phone(browser: Browser, testInfo: TestInfo) {
  const context = await browser.newContext({ ...testInfo.project.use });
  return { context, page: await context.newPage() };
}

for (const [lang, w] of Object.entries(words)) {
  test(`a young person books in ${lang} from the public page, the advisor confirms, and they cancel`, async ({ page, browser }, testInfo) => {
    const email = `sara.booking.${lang}.${testInfo.project.name}@example.no`;
    // Each run's Sara has her own name: the advisor's queue keeps other runs' requests.
    const sara_name = `Sara ${lang} ${testInfo.project.name}`;
    const sara = await phone(browser, testInfo);
    await sara.page.goto(`/${lang}/bestill`);
    await ready(sara.page, testInfo);
    await expect(sara.page.getByRole("heading", { level: 1 })).toHaveText(w.title);
    await expectAccessible(sara.page, testInfo);
    await sara.page.getByLabel(w.office).check();
    await sara.page.getByLabel(w.form).check();
    await sara.page.getByRole("button", { name: w.show }).click();
    await expect(sara.page.locator("#slot")).toBeVisible();
    const firstTime = await sara.page.locator("label[for=slot]").innerText();

    const listUrl = sara.page.url();

    // Sending without a time is refused next to the list and in the summary.
    await sara.page.getByLabel(w.firstName, { exact: true }).first().fill(sara_name);
    await sara.page.getByLabel(w.email).fill(email);
    await sara.page.getByRole("button", { name: w.send }).click();
    await expect(sara.page.locator(".error-summary")).toContainText(w.missing);
    await expectAccessible(sara.page, testInfo);
    // What Sara typed is still there, and none of it went into the address.
    await expect(sara.page.getByLabel(w.firstName, { exact: true }).first()).toHaveValue(sara_name);
    await expect(sara.page.getByLabel(w.email)).toHaveValue(email);
    expect(sara.page.url()).toBe(listUrl);
    const slotValue = (await sara.page.locator("#slot").getAttribute("value"))!;
    await sara.page.locator("#slot").check();
    await sara.page.getByRole("button", { name: w.send }).click();
    // From the public page the time is held only once Sara types the code sent to her e-mail.
    await expect(sara.page.getByRole("heading", { level: 1 })).toHaveText(w.codeTitle);
    await expectAccessible(sara.page, testInfo);
    const codeMail = await messageTo(email);
    const code = codeMail.text.match(/\b(\d{6})\b/)![1];
    expect(codeMail.text).not.toContain(sara_name);
    // Ola looks at the same list meanwhile: the time is still free, nothing is held yet.
    const ola = await phone(browser, testInfo);
    await ola.page.goto(listUrl);
    await expect(ola.page.locator("label[for=slot]")).toHaveText(firstTime);
    // A wrong code is refused next to the field and in the summary.
    const wrong = code === "000000" ? "111111" : "000000";
    await sara.page.getByLabel(w.code, { exact: true }).fill(wrong);
    await sara.page.getByRole("button", { name: w.confirmCode }).click();
    await expect(sara.page.locator(".error-summary")).toContainText(w.wrongCode);
    await expect(sara.page.getByLabel(w.code, { exact: true })).toHaveValue(wrong);
    await expect(sara.page.locator("#code-error")).toContainText(w.wrongCode);
    await expectAccessible(sara.page, testInfo);
    await sara.page.getByLabel(w.code, { exact: true }).fill(code);
    await sara.page.getByRole("button", { name: w.confirmCode }).click();
    await expect(sara.page.getByRole("heading", { level: 1 })).toHaveText(w.waiting);
    await expect(sara.page.locator(".booking-facts")).toContainText(firstTime.replace(/[\u2068\u2069]/g, "").split(" ").pop()!);
    await expectAccessible(sara.page, testInfo);
    const bookingUrl = sara.page.url();
    // A receipt with a link of its own: closing the tab loses nothing.
    const receipt = await messageTo(email, w.receipt);
    const receiptLink = receipt.text.match(new RegExp(`https?://\\S+/${lang}/bestilling/[A-Za-z0-9_-]+`))![0];
    const other = await phone(browser, testInfo);
    await other.page.goto(new URL(receiptLink).pathname);
    await expect(other.page.getByRole("heading", { level: 1 })).toHaveText(w.waiting);
    await other.context.close();

    // Ola chooses the same time a moment later. With JavaScript the list checks the time as he
    // picks it and says at once that it was taken; without, he learns it once his code is typed.
    const olaMobile = `9${String(Date.now()).slice(-7)}`;
    await ola.page.getByLabel(w.firstName, { exact: true }).first().fill("Ola");
    await ready(ola.page, testInfo);
    // A click, not a check: with JavaScript the list is redrawn without the taken time.
    await ola.page.locator(`input[name=slot][value="${slotValue}"]`).click();
    if (jsEnabled(testInfo)) {
      await expect(ola.page.locator("#slot-error")).toHaveText(w.taken);
      await expect(ola.page.locator(`input[name=slot][value="${slotValue}"]`)).toHaveCount(0);
      await expect(ola.page.getByLabel(w.firstName, { exact: true }).first()).toHaveValue("Ola");
    } else {
      await ola.page.getByLabel(w.mobile, { exact: true }).first().fill(olaMobile);
      await ola.page.getByRole("button", { name: w.send }).click();
      await expect(ola.page.getByRole("heading", { level: 1 })).toHaveText(w.codeTitle);
      const sms = await messageTo(`+47${olaMobile}`);
      await ola.page.getByLabel(w.code, { exact: true }).fill(sms.text.match(/\b(\d{6})\b/)![1]);
      await ola.page.getByRole("button", { name: w.confirmCode }).click();
      await expect(ola.page.locator(".error-summary")).toContainText(w.taken);
    }
    await expectAccessible(ola.page, testInfo);
    await ola.context.close();

    // Jonas, the advisor in Larvik, confirms from his queue.
    await signIn(page, "jonas.larsen@demo.neste-steg.no");
    await expect(page.getByRole("link", { name: /om samtale venter/ })).toBeVisible();
    await page.goto("/nb/staff/bookings");
    const card = page.locator("li.answer-card", { hasText: sara_name }).filter({ has: page.getByRole("button", { name: "Bekreft" }) });
    await expect(card).toContainText("Svar innen");
    await expectAccessible(page, testInfo);
    await card.getByRole("button", { name: "Bekreft" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Forespørsler som venter på deg" })).toBeVisible();
    // The page says what happened and opens the day of the meeting, which is now on it.
    await expect(page.getByRole("status")).toContainText("er bekreftet");
    await expect(page.getByRole("status")).toContainText(sara_name);
    await expect(page.locator("li.answer-card", { hasText: sara_name }).filter({ hasNot: page.getByRole("button", { name: "Bekreft" }) })).toBeVisible();

    // Sara gets the confirmation by e-mail, with the calendar file and her booking's link.
    const mail = await messageTo(email, w.message);
    expect(mail.text).toContain(w.message);
    const ics = mail.attachments?.find((a) => a.filename.endsWith(".ics"));
    expect(ics?.content).toContain("DTSTART;TZID=Europe/Oslo:");

    // Her page says «confirmed»; the calendar file downloads; she cancels.
    await sara.page.goto(new URL(bookingUrl).pathname);
    await expect(sara.page.getByRole("heading", { level: 1 })).toHaveText(w.confirmed);
    await expectAccessible(sara.page, testInfo);
    const download = sara.page.waitForEvent("download");
    await sara.page.getByRole("link", { name: w.calendar }).click();
    const file = await (await download).path();
    const { readFileSync } = await import("node:fs");
    const calendar = readFileSync(file, "utf8");
    expect(calendar).toContain("BEGIN:VCALENDAR");
    expect(calendar).toMatch(/DTSTART;TZID=Europe\/Oslo:\d{8}T\d{6}/);
    // An independent parser (Mozilla's ical.js) reads the file's own time zone and places the
    // meeting at the instant that was booked.
    const ICAL = (await import("ical.js")).default;
    const vcalendar = new ICAL.Component(ICAL.parse(calendar));
    const zone = vcalendar.getFirstSubcomponent("vtimezone");
    expect(zone?.getFirstPropertyValue("tzid")).toBe("Europe/Oslo");
    ICAL.TimezoneService.register(zone!);
    const event = new ICAL.Event(vcalendar.getFirstSubcomponent("vevent")!);
    expect(event.startDate.toUnixTime()).toBe(Number(slotValue.split("@")[1]));

    // She asks to move it: a new request, and the old time stands until Jonas answers.
    await sara.page.getByRole("link", { name: w.move }).click();
    await expect(sara.page.getByRole("heading", { level: 1 })).toHaveText(w.moveTitle);
    await expectAccessible(sara.page, testInfo);
    await sara.page.locator("#slot").check();
    await sara.page.getByRole("button", { name: w.send }).click();
    await expect(sara.page.getByRole("heading", { level: 1 })).toHaveText(w.waiting);
    await sara.page.goto(new URL(bookingUrl).pathname);
    await expect(sara.page.getByRole("heading", { level: 1 })).toHaveText(w.confirmed);
    await expect(sara.page.locator("main")).toContainText(w.moving);
    // Cancelling asks first: «no» keeps the meeting, «yes» ends it.
    await sara.page.getByRole("link", { name: w.cancel }).click();
    await expect(sara.page.getByRole("alert")).toContainText("Vil du avlyse samtalen");
    await expectAccessible(sara.page, testInfo);
    await sara.page.getByRole("link", { name: w.keep }).click();
    await expect(sara.page.getByRole("heading", { level: 1 })).toHaveText(w.confirmed);
    await expect(sara.page.getByRole("button", { name: w.cancelYes })).toHaveCount(0);
    await sara.page.getByRole("link", { name: w.cancel }).click();
    await sara.page.getByRole("button", { name: w.cancelYes }).click();
    await expect(sara.page.getByRole("heading", { level: 1 })).toHaveText(w.cancelled);
    // Cancelling ended the move too: her page no longer speaks of it, and Jonas has nothing of
    // hers left to confirm.
    await expect(sara.page.locator("main")).not.toContainText(w.moving);
    await expectAccessible(sara.page, testInfo);
    await page.goto("/nb/staff/bookings");
    await expect(page.locator("li.answer-card", { hasText: sara_name }).filter({ has: page.getByRole("button", { name: "Bekreft" }) })).toHaveCount(0);
    await sara.context.close();
  });

  test(`a young person books in ${lang} from the answer flow and withdraws`, async ({ page, browser }, testInfo) => {
    const project = testInfo.project.name;
    const lastName = `Booker-${lang}-${project}`;
    const email = `aida.${lang}.${project}@example.no`;
    await signIn(page, "ingrid.haugen@demo.neste-steg.no");
    await page.goto("/nb/staff/contact-requests/new");
    await page.getByLabel("Fornavn").fill("Aida");
    await page.getByLabel("Etternavn").fill(lastName);
    await page.getByLabel("Fødselsdato (dd.mm.åååå)").fill("14.03.2007");
    await page.locator("#email").fill(email);
    await page.getByLabel("Språk for meldingen").selectOption(lang);
    await page.getByLabel("Kommune").fill("Horten");
    await page.getByRole("button", { name: "Lagre og send" }).click();
    await expect(page.getByRole("status")).toBeVisible();
    const mail = await messageTo(email);
    const link = mail.text.match(new RegExp(`https?://\\S+/${lang}/svar/[A-Za-z0-9_-]+`))![0];

    const aida = await phone(browser, testInfo);
    await aida.page.goto(new URL(link).pathname);
    await aida.page.getByRole("link", { name: w.continue }).click();
    await aida.page.locator("input[value=wants_help]").check();
    await aida.page.getByRole("button", { name: w.next }).click();
    // Wanting help, she is asked what with, not for the name of a school or job.
    await expect(aida.page.locator("main")).toContainText(w.helpHint);
    await expect(aida.page.locator("main")).not.toContainText(w.workHint);
    await aida.page.getByRole("button", { name: w.next }).click();
    await aida.page.getByLabel(w.channel).check();
    await aida.page.getByRole("button", { name: w.answer }).click();
    await aida.page.getByRole("link", { name: w.book }).click();

    // Her office (Horten) and her name and e-mail are filled in; the times are listed at once.
    await expect(aida.page.getByRole("heading", { level: 1 })).toHaveText(w.title);
    await expect(aida.page.locator("p", { hasText: "Horten" }).first()).toBeVisible();
    await expect(aida.page.locator("#first_name")).toHaveValue("Aida");
    await expect(aida.page.getByLabel(w.email)).toHaveValue(email);
    await expectAccessible(aida.page, testInfo);
    await aida.page.locator("#slot").check();
    await aida.page.getByRole("button", { name: w.send }).click();
    await expect(aida.page.getByRole("heading", { level: 1 })).toHaveText(w.waiting);

    // The request is Ingrid's (she wrote to Aida) and waits in her queue.
    await page.goto("/nb/staff/bookings");
    await expect(page.locator("li.answer-card", { hasText: "Aida" }).first()).toBeVisible();

    await aida.page.getByRole("link", { name: w.withdraw }).click();
    await aida.page.getByRole("button", { name: w.withdrawYes }).click();
    await expect(aida.page.getByRole("heading", { level: 1 })).toHaveText(w.withdrawn);
    await expectAccessible(aida.page, testInfo);
    await aida.context.close();
  });
}

test("none of the times fit: the young person asks to be called, and the advisor sees it", async ({ page, browser }, testInfo) => {
  const name = `Per${testInfo.project.name.replace(/\W/g, "")}`;
  const per = await phone(browser, testInfo);
  await per.page.goto("/nb/bestill?kontor=larvik&form=office");
  await per.page.locator("#callback_mobile").fill("41234567");
  await per.page.getByRole("button", { name: "Ring meg" }).click();
  await expect(per.page.locator(".error-summary")).toContainText("Skriv fornavnet ditt, bare med bokstaver.");
  await expect(per.page.locator("#callback_mobile")).toHaveValue("41234567");
  expect(per.page.url()).not.toContain("41234567");
  await per.page.locator("#callback_first_name").fill(name);
  await per.page.getByRole("button", { name: "Ring meg" }).click();
  await expect(per.page.getByRole("status")).toContainText("Takk! Vi ringer deg");
  await expectAccessible(per.page, testInfo);
  await per.context.close();
  await signIn(page, "jonas.larsen@demo.neste-steg.no");
  await page.goto("/nb/staff/bookings");
  const card = page.locator("li.answer-card", { hasText: name });
  await expect(card).toContainText("+4741234567");
  await card.getByRole("button", { name: "Jeg har ringt" }).click();
  await expect(page.locator("li.answer-card", { hasText: name })).toHaveCount(0);
});

test("an advisor keeps their hours: settings, weekly ranges and an exception", async ({ page }, testInfo) => {
  await signIn(page, "siri.berg@demo.neste-steg.no");
  await page.goto("/nb/staff/availability");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mine tider");
  await expect(page.locator("#d1r0-starts")).toHaveValue("09:00");
  await expectAccessible(page, testInfo);
  // An end before the start is refused, and nothing is saved.
  const before = await page.locator("#d7r0-starts").inputValue();
  await page.locator("#d7r0-starts").fill("12:00");
  await page.locator("#d7r0-ends").fill("10:00");
  await page.getByRole("button", { name: "Lagre tidene" }).click();
  await expect(page.locator(".error-summary")).toContainText("slutt må være etter start");
  await expect(page.locator("#d7r0-starts")).toHaveValue("12:00");
  await expect(page.locator("#d7r0-ends")).toHaveValue("10:00");
  await page.goto("/nb/staff/availability");
  await expect(page.locator("#d7r0-starts")).toHaveValue(before);
  await page.getByLabel("Lengde på samtalen (minutter)").fill("30");
  await page.locator("#d6r0-starts").fill("10:00");
  await page.locator("#d6r0-ends").fill("12:00");
  await page.getByRole("button", { name: "Lagre tidene" }).click();
  await expect(page.getByRole("status")).toHaveText("Tidene er lagret.");
  await expect(page.locator("#d6r0-ends")).toHaveValue("12:00");
  await expect(page.getByLabel("Lengde på samtalen (minutter)")).toHaveValue("30");
  // Extra hours that end before they start are refused, and the exception form keeps them.
  await page.locator("#exception_date").fill("2027-01-04");
  await page.locator("#kind-extra").check();
  await page.locator("#exception_starts").fill("14:00");
  await page.locator("#exception_ends").fill("12:00");
  await page.getByRole("button", { name: "Legg til unntaket" }).click();
  await expect(page.locator(".error-summary")).toContainText("Sjekk datoen og klokkeslettene.");
  await expect(page.locator("#exception_date")).toHaveValue("2027-01-04");
  await expect(page.locator("#kind-extra")).toBeChecked();
  await expect(page.locator("#exception_starts")).toHaveValue("14:00");
  await expect(page.locator("#exception_ends")).toHaveValue("12:00");
  await page.locator("#kind-away").check();
  await page.locator("#exception_starts").fill("");
  await page.locator("#exception_ends").fill("");
  await page.getByRole("button", { name: "Legg til unntaket" }).click();
  await expect(page.locator("li", { hasText: /januar\u2069?: Borte/ }).first()).toBeVisible();
  await expectAccessible(page, testInfo);
});

test("the advisor proposes another time, which is confirmed at once and sent to the young person", async ({ page, browser }, testInfo) => {
  const name = `Kari ${testInfo.project.name}`;
  const email = `kari.propose.${testInfo.project.name}@example.no`;
  const kari = await phone(browser, testInfo);
  await kari.page.goto("/nb/bestill?kontor=larvik&form=office");
  const asked = await kari.page.locator("#slot").getAttribute("value");
  await kari.page.locator("#slot").check();
  await kari.page.getByLabel("Fornavn", { exact: true }).first().fill(name);
  await kari.page.getByLabel("E-post").fill(email);
  await kari.page.getByRole("button", { name: "Send forespørselen" }).click();
  await expect(kari.page.getByRole("heading", { level: 1 })).toHaveText("Skriv inn koden");
  const code = (await messageTo(email)).text.match(/\b(\d{6})\b/)![1];
  await kari.page.getByLabel("Koden", { exact: true }).fill(code);
  await kari.page.getByRole("button", { name: "Bekreft og send forespørselen" }).click();
  await expect(kari.page.getByRole("heading", { level: 1 })).toHaveText("Vi venter på svar fra veilederen");
  // The hold's deadline is said as what it is for her: when the advisor answers by.
  await expect(kari.page.locator("main")).toContainText("Veilederen svarer deg senest");
  await expect(kari.page.locator("main")).not.toContainText("holdt av til deg til");
  const requestUrl = new URL(kari.page.url()).pathname;

  await signIn(page, "jonas.larsen@demo.neste-steg.no");
  await page.goto("/nb/staff/bookings");
  const card = () => page.locator("li.answer-card", { hasText: name }).filter({ has: page.getByRole("button", { name: "Bekreft" }) });
  await card().getByRole("link", { name: "Foreslå en annen tid" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ny tid for \u2068${name}\u2069`);
  await expectAccessible(page, testInfo);
  // Without a time nothing happens but a message next to the list.
  await page.getByRole("button", { name: "Bekreft den nye tiden" }).click();
  await expect(page.locator(".error-summary")).toContainText("Velg en ny tid.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ny tid for \u2068${name}\u2069`);
  // Her own time is not offered back to her; the first other time is.
  expect(await page.locator("#slot").getAttribute("value")).not.toBe(asked);
  const proposed = (await page.locator("label[for=slot]").innerText()).replace(/[\u2068\u2069]/g, "");
  await page.locator("#slot").check();
  await page.getByRole("button", { name: "Bekreft den nye tiden" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Forespørsler som venter på deg" })).toBeVisible();
  await expect(card()).toHaveCount(0);

  // Kari is told the new time, confirmed, with its own link; her request is declined.
  const mail = await messageTo(email, "er bekreftet");
  const link = new URL(mail.text.match(/https?:\/\/\S+\/bestilling\/\S+/)![0]).pathname;
  await kari.page.goto(link);
  await expect(kari.page.getByRole("heading", { level: 1 })).toHaveText("Samtalen er bekreftet");
  await expect(kari.page.locator(".booking-facts")).toContainText(proposed.split(" ").pop()!);
  await expectAccessible(kari.page, testInfo);
  await kari.page.goto(requestUrl);
  await expect(kari.page.getByRole("heading", { level: 1 })).not.toHaveText("Vi venter på svar fra veilederen");
  await kari.context.close();
});

/** Norway's public holidays in `year` (Easter by the anonymous Gregorian algorithm), as YYYY-MM-DD. */
function holidays(year: number): string[] {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  const easter = Date.UTC(year, month - 1, day);
  const fromEaster = [-3, -2, 0, 1, 39, 49, 50].map((n) => new Date(easter + n * 86_400_000).toISOString().slice(0, 10));
  return [...["01-01", "05-01", "05-17", "12-25", "12-26"].map((md) => `${year}-${md}`), ...fromEaster];
}

test("the booking page fits a phone: two days first, more on request, none on a holiday", async ({ page }, testInfo) => {
  await page.goto("/nb/bestill?kontor=larvik&form=office");
  await ready(page, testInfo);
  await expect(page.locator("h2.day")).toHaveCount(2);
  // The send button is within two screens of the top, not below every time.
  const sendTop = await page.getByRole("button", { name: "Send forespørselen" }).evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
  expect(sendTop).toBeLessThan(2 * 740);
  await expectAccessible(page, testInfo);
  // «Show more days» is a plain link that lands on the new days without JavaScript; with it, the
  // days are added in place (islands.spec).
  await page.getByRole("link", { name: "Vis flere dager" }).click();
  if (!jsEnabled(testInfo)) await expect(page).toHaveURL(/dager=7#day-2$/);
  await expect(page.locator("h2.day")).toHaveCount(7);
  await expect(page.locator("#day-2")).toBeInViewport();
  // Every time offered over the whole window falls on a working day.
  await page.goto("/nb/bestill?kontor=larvik&form=office&dager=60");
  const days = await page.locator("input[name=slot]").evaluateAll((inputs) =>
    inputs.map((i) => new Date(Number((i as HTMLInputElement).value.split("@")[1]) * 1000)
      .toLocaleDateString("sv-SE", { timeZone: "Europe/Oslo" })));
  expect(days.length).toBeGreaterThan(0);
  const years = [...new Set(days.map((d) => Number(d.slice(0, 4))))];
  const closed = new Set(years.flatMap((y) => [...holidays(y), `${y}-12-24`, `${y}-12-31`]));
  expect(days.filter((d) => closed.has(d))).toEqual([]);
});
