import { expect, test } from "./helpers";
import { expectAccessible, jsEnabled, messageTo, ready, signIn } from "./helpers";

// Each journey crosses a staff browser, the outbox worker and a phone: give it time.
test.setTimeout(90_000);

// The young person's side of the flow in each language the answer is written in.
const youth = {
  nn: {
    subject: "Melding frå Oppfølgingstjenesten i Vestfold", hello: "Hei Sara!", greeting: /^Hei, \u2068?Sara\u2069?!$/,
    continue: "Hald fram", question: "Kva gjer du no?", missing: "Vel det som passar best for deg.", work: "Eg jobbar", help: "Eg vil ha hjelp eller ein samtale",
    school: "Eg går på vidaregåande skule", details: "Vil du fortelje meir?", next: "Neste",
    contact: "Korleis vil du at OT skal kontakte deg?", sms: "SMS", mobile: "Mobilnummer", mobileNeeded: "Skriv mobilnummeret ditt, så vi kan sende SMS eller ringje deg.", emailChannel: "E-post", evening: "Etter klokka 16", send: "Send svaret",
    receipt: "Takk! Vi har fått svaret ditt", change: "Endre svaret", handled: "Vi har fått svaret ditt",
  },
  en: {
    subject: "Message from Oppfølgingstjenesten i Vestfold", hello: "Hi Sara!", greeting: /^Hi, \u2068?Sara\u2069?!$/,
    continue: "Continue", question: "What are you doing now?", missing: "Choose what fits you best.", work: "I work", help: "I want help or a conversation",
    school: "I go to upper secondary school", details: "Do you want to tell us more?", next: "Next",
    contact: "How do you want OT to contact you?", sms: "Text message", mobile: "Mobile number", mobileNeeded: "Write your mobile number so that we can text or call you.", emailChannel: "E-mail", evening: "After 4 pm", send: "Send your answer",
    receipt: "Thank you! We have your answer", change: "Change your answer", handled: "We have your answer",
  },
  nb: {
    subject: "Melding fra Oppfølgingstjenesten i Vestfold", hello: "Hei Sara!", greeting: /^Hei, \u2068?Sara\u2069?!$/,
    continue: "Fortsett", question: "Hva gjør du nå?", missing: "Velg det som passer best for deg.", work: "Jeg jobber", help: "Jeg vil ha hjelp eller en samtale",
    school: "Jeg går på videregående skole", details: "Vil du fortelle mer?", next: "Neste",
    contact: "Hvordan vil du at OT skal kontakte deg?", sms: "SMS", mobile: "Mobilnummer", mobileNeeded: "Skriv mobilnummeret ditt, så vi kan sende SMS eller ringe deg.", emailChannel: "E-post", evening: "Etter klokka 16", send: "Send svaret",
    receipt: "Takk! Vi har fått svaret ditt", change: "Endre svaret", handled: "Vi har fått svaret ditt",
  },
};

// The heart of the portal: OT asks, the young person answers from a link on the phone, the
// advisor confirms the suggested status code, and the code is exported for Vigo OT.
for (const [lang, y] of Object.entries(youth)) {
test(`a young person answers in ${lang} from an e-mailed link and the advisor confirms the code`, async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  const lastName = `Nilsen-${lang}-${project}`;
  const email = `sara.${lang}.${project}@example.no`;

  // The advisor in Horten writes to Sara, in her language, by e-mail. A first try without her
  // first name is refused next to the field and in the summary, and keeps everything typed.
  await signIn(page, "ingrid.haugen@demo.neste-steg.no");
  await page.getByRole("link", { name: "Ny kontaktforespørsel" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny kontaktforespørsel");
  await page.getByLabel("Etternavn").fill(lastName);
  await page.getByLabel("Fødselsdato (dd.mm.åååå)").fill("14.03.2007");
  await page.locator("#email").fill(email);
  await page.getByLabel("Språk for meldingen").selectOption(lang);
  await page.getByLabel("Kommune").fill("Horten");
  await page.locator("#guardian_name").fill("Mor Nilsen");
  await page.getByRole("button", { name: "Lagre og send" }).click();
  await expect(page.locator(".error-summary")).toContainText("Skriv inn fornavnet.");
  await expect(page.locator("#first_name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Etternavn")).toHaveValue(lastName);
  await expect(page.getByLabel("Fødselsdato (dd.mm.åååå)")).toHaveValue("14.03.2007");
  await expect(page.locator("#email")).toHaveValue(email);
  await expect(page.getByLabel("Språk for meldingen")).toHaveValue(lang);
  await expect(page.getByLabel("Kommune")).toHaveValue("Horten");
  await expect(page.locator("#guardian_name")).toHaveValue("Mor Nilsen");
  expect(page.url()).not.toContain(encodeURIComponent(email));
  await expectAccessible(page, testInfo);
  await page.getByLabel("Fornavn").fill("Sara");
  await page.getByRole("button", { name: "Lagre og send" }).click();
  await expect(page.getByRole("status")).toHaveText("Forespørselen er lagret, og meldingen sendes nå.");
  await expect(page.locator(".request-list")).toContainText(`Sara ${lastName}`);
  await expectAccessible(page, testInfo);

  // The worker delivers the e-mail to the real SMTP server, in nynorsk, with a working link.
  const mail = await messageTo(email);
  expect(mail.channel).toBe("email");
  expect(mail.subject).toBe(y.subject);
  expect(mail.text).toContain(y.hello);
  expect(mail.text).not.toContain(lastName);
  const link = mail.text.match(new RegExp(`https?://\\S+/${lang}/svar/[A-Za-z0-9_-]+`))![0];

  // Sara opens it on her phone. Opening changes nothing: a greeting and a way on.
  const context = await browser.newContext({ ...testInfo.project.use });
  const phone = await context.newPage();
  await phone.goto(new URL(link).pathname);
  await ready(phone, testInfo);
  await expect(phone.locator("html")).toHaveAttribute("lang", lang);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.greeting);
  await expectAccessible(phone, testInfo);
  await phone.getByRole("link", { name: y.continue }).click();

  // One question per page; sending none gets a clear message.
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.question);
  await ready(phone, testInfo);
  // On a 360 × 740 phone the question and its first answers are above the fold, after an
  // error too.
  await expect(phone.getByRole("heading", { level: 1 })).toBeInViewport({ ratio: 1 });
  await expect(phone.locator("#activity")).toBeInViewport();
  await phone.getByRole("button", { name: y.next }).click();
  await expect(phone.locator(".error-summary")).toContainText(y.missing);
  await expect(phone.locator("#activity")).toBeInViewport();
  await expectAccessible(phone, testInfo);
  // She wants help: only then does the answer ask how OT may get in touch.
  await phone.getByLabel(y.help).check();
  await phone.getByRole("button", { name: y.next }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.details);
  await expect(phone.getByLabel(y.details)).toBeInViewport();
  await ready(phone, testInfo);
  await phone.getByLabel(y.details).fill("Jobbar på eit lager i Horten");
  // The count island says how much room is used as she types; without JavaScript it stays out
  // of sight rather than show a number that never changes.
  const count = phone.locator(".character-count__text");
  if (jsEnabled(testInfo)) {
    await expect(count).toHaveText(/^\u2068?28\u2069?\D+\u2068?1000\u2069?\D+$/);
    await expect(count).toHaveAttribute("aria-live", "polite");
  } else {
    await expect(count).toBeHidden();
  }
  await phone.getByRole("button", { name: y.next }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.contact);
  await expect(phone.getByLabel(y.emailChannel)).toBeInViewport();
  await ready(phone, testInfo);
  // OT wrote to her by e-mail and has no mobile number: a text message needs hers. Sent
  // without it, the step says so next to the field and keeps what she chose.
  await phone.getByLabel(y.sms).check();
  await phone.getByLabel(y.emailChannel).check();
  await phone.getByLabel(y.evening).check();
  await phone.getByRole("button", { name: y.send }).click();
  await expect(phone.locator(".error-summary")).toContainText(y.mobileNeeded);
  await expect(phone.locator("#mobile")).toHaveAttribute("aria-invalid", "true");
  await expect(phone.getByLabel(y.sms)).toBeChecked();
  await expect(phone.getByLabel(y.emailChannel)).toBeChecked();
  await expect(phone.getByLabel(y.evening)).toBeChecked();
  await expectAccessible(phone, testInfo);
  await ready(phone, testInfo);
  await phone.getByLabel(y.mobile).fill("912 34 567");
  await phone.getByRole("button", { name: y.send }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.receipt);
  await expect(phone.locator(".reference")).toHaveText(/^NS-[A-Z0-9]{6}$/);
  await expectAccessible(phone, testInfo);

  // She changes her mind before anyone has handled it: now she is at school. School needs no
  // follow-up, so the details lead straight to the receipt.
  await ready(phone, testInfo);
  await phone.getByRole("link", { name: y.change }).click();
  await expect(phone.getByLabel(y.help)).toBeChecked();
  await phone.getByLabel(y.school).check();
  await phone.getByRole("button", { name: y.next }).click();
  await expect(phone.getByLabel(y.details)).toHaveValue("Jobbar på eit lager i Horten");
  await ready(phone, testInfo);
  await phone.getByLabel(y.details).fill("Byrja på Horten vgs");
  if (jsEnabled(testInfo)) await expect(count).toHaveText(/^\u2068?19\u2069?\D/);
  await phone.getByRole("button", { name: y.next }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.receipt);

  // The advisor sees the answer with the suggested code, and confirms it.
  await page.goto("/nb/staff/answers");
  const card = page.locator(".answer-card", { hasText: lastName });
  await expect(card).toContainText("Jeg går på videregående skole");
  await expect(card).toContainText(/Foreslått kode: \u2068?OTEV\u2069?/);
  await expectAccessible(page, testInfo);
  await card.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sara ${lastName}`);
  await expect(page.locator(".facts")).toContainText("Byrja på Horten vgs");
  // The number she gave is where the advisor can reach her.
  await expect(page.locator(".facts")).toContainText("+4791234567");
  await expect(page.locator("#status_code")).toHaveValue("OTEV");
  await page.getByLabel("Notat (valgfritt)").fill("Bekreftet med skolen");
  await page.getByLabel("Jeg har ringt personen").check();
  await page.getByRole("button", { name: "Bekreft koden" }).click();
  await expect(page.getByRole("status")).toHaveText("Koden er lagret.");
  await expect(page.locator("li", { hasText: "Bekreftet med skolen" })).toContainText("Ingrid Demo Haugen");
  await expectAccessible(page, testInfo);

  // The export for Vigo OT has her confirmed code.
  const csv = await (await page.request.get("/nb/staff/answers.csv")).text();
  expect(csv.split("\r\n")[0]).toBe("\ufeffetternavn;fornavn;fodselsdato;kommune;avdeling;statuskode;bekreftet;referanse");
  expect(csv).toContain(`${lastName};Sara;14.03.2007;Horten;Horten;OTEV;`);

  // Handled: the link now says it was received and how to reach OT; nothing can be changed.
  await phone.goto(new URL(link).pathname);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.handled);
  await expect(phone.getByRole("link", { name: y.change })).toHaveCount(0);
  await context.close();
});
}

test("a wrong or withdrawn link and a wrong letter code get a friendly page", async ({ page, browser }, testInfo) => {
  const response = await page.goto("/en/svar/not-a-real-token-at-all");
  expect(response!.status()).toBe(404);
  await ready(page, testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The link does not work");
  await expect(page.locator("main")).toContainText("+47 400 00 000");
  await expectAccessible(page, testInfo);

  // A letter code: typed wrong, the page says so next to the field and in the summary.
  await page.goto("/nb/svar");
  await ready(page, testInfo);
  await page.getByLabel("Koden fra brevet").fill("AAAA-AAAA");
  await page.getByRole("button", { name: "Fortsett" }).click();
  await expect(page.locator(".error-summary")).toContainText("Vi finner ikke den koden.");
  await expect(page.locator("#code")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#code")).toHaveValue("AAAA-AAAA");
  await expectAccessible(page, testInfo);

  // A request the advisor withdraws: its link shows the same friendly page as a wrong one,
  // while its letter code still opened it before.
  const staff = await (await browser.newContext({ ...testInfo.project.use })).newPage();
  const email = `ola.${testInfo.project.name}@example.no`;
  await signIn(staff, "ingrid.haugen@demo.neste-steg.no");
  await staff.goto("/nb/staff/contact-requests/new");
  await staff.getByLabel("Fornavn").fill("Ola");
  await staff.getByLabel("Etternavn").fill(`Berg-${testInfo.project.name}`);
  await staff.getByLabel("Fødselsdato (dd.mm.åååå)").fill("2005-06-07");
  await staff.locator("#email").fill(email);
  await staff.getByLabel("Kommune").fill("Horten");
  await staff.getByRole("button", { name: "Lagre og send" }).click();
  const row = staff.locator(".staff-list__item", { hasText: `Ola Berg-${testInfo.project.name}` });
  const code = (await row.locator("code").textContent())!;
  const link = (await messageTo(email)).text.match(/https?:\/\/\S+\/nb\/svar\/[A-Za-z0-9_-]+/)![0];

  await page.goto("/nb/svar");
  await ready(page, testInfo);
  await page.getByLabel("Koden fra brevet").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Fortsett" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Hei, \u2068?Ola\u2069?!$/);

  // Withdrawing asks first: the first click changes nothing.
  await row.getByRole("link", { name: /^Trekk tilbake forespørselen til/ }).click();
  await expect(row.getByRole("alert")).toContainText("Lenken i meldingen slutter å virke");
  await expectAccessible(staff, testInfo);
  await row.getByRole("button", { name: /^Trekk tilbake forespørselen til/ }).click();
  await expect(staff.getByRole("status")).toContainText("Forespørselen er trukket tilbake.");
  await expect(staff.locator(".staff-list__item", { hasText: `Ola Berg-${testInfo.project.name}` })).toContainText("Trukket tilbake");
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lenken virker ikke");
  // Its letter code, typed right, is not called mistyped: the page says it has ended, and
  // how to reach OT.
  await page.goto("/nb/svar");
  await ready(page, testInfo);
  await page.getByLabel("Koden fra brevet").fill(code);
  await page.getByRole("button", { name: "Fortsett" }).click();
  await expect(page.locator("#code-error")).toContainText("Koden er riktig, men den virker ikke lenger");
  await expect(page.locator(".error-summary")).toContainText("+47 400 00 000");
  await expect(page.locator(".error-summary")).not.toContainText("Sjekk at du har skrevet den riktig");
  await expect(page.locator("#code")).toHaveValue(code);
  await expectAccessible(page, testInfo);
  await staff.context().close();
});

// «Nei takk» is a whole answer, and so is «I work»: neither is asked how OT may get in touch.
const noThanks = {
  nb: { continue: "Fortsett", noThanks: "Nei takk, jeg trenger ikke hjelp", work: "Jeg jobber", next: "Neste", details: "Vil du fortelle mer?", receipt: "Takk! Vi har fått svaret ditt", change: "Endre svaret", codeLabel: "Koden fra brevet" },
  ar: { continue: "متابعة", noThanks: "لا، شكرًا، لا أحتاج إلى مساعدة", work: "أعمل", next: "التالي", details: "هل تريد أن تخبرنا بالمزيد؟", receipt: "شكرًا! وصلتنا إجابتك", change: "غيّر إجابتك", codeLabel: "الرمز من الرسالة الورقية" },
};
for (const [lang, y] of Object.entries(noThanks)) {
test(`«no thanks» and «I work» reach the receipt without choosing a way to be contacted (${lang})`, async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  const email = `nei.takk.${lang}.${project}@example.no`;
  await signIn(page, "ingrid.haugen@demo.neste-steg.no");
  await page.goto("/nb/staff/contact-requests/new");
  await page.getByLabel("Fornavn").fill("Nora");
  await page.getByLabel("Etternavn").fill(`Neitakk-${lang}-${project}`);
  await page.getByLabel("Fødselsdato (dd.mm.åååå)").fill("02.02.2008");
  await page.locator("#email").fill(email);
  await page.getByLabel("Språk for meldingen").selectOption(lang);
  await page.getByLabel("Kommune").fill("Horten");
  await page.getByRole("button", { name: "Lagre og send" }).click();
  await expect(page.getByRole("status")).toHaveText("Forespørselen er lagret, og meldingen sendes nå.");
  const link = (await messageTo(email)).text.match(new RegExp(`https?://\\S+/${lang}/svar/[A-Za-z0-9_-]+`))![0];

  const context = await browser.newContext({ ...testInfo.project.use });
  const phone = await context.newPage();
  const visited: string[] = [];
  phone.on("framenavigated", (frame) => { if (frame === phone.mainFrame()) visited.push(frame.url()); });
  await phone.goto(new URL(link).pathname);
  await ready(phone, testInfo);
  await phone.getByRole("link", { name: y.continue }).click();
  await phone.getByLabel(y.noThanks).check();
  await phone.getByRole("button", { name: y.next }).click();
  // Straight to the receipt: nothing more is asked of someone who said no thanks.
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.receipt);
  await expect(phone).toHaveURL(/\/kvittering$/);
  await expectAccessible(phone, testInfo);

  // She changes it to «I work»: the details are optional and lead to the receipt.
  await ready(phone, testInfo);
  await phone.getByRole("link", { name: y.change }).click();
  await phone.getByLabel(y.work).check();
  await phone.getByRole("button", { name: y.next }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.details);
  await phone.getByRole("button", { name: y.next }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.receipt);
  expect(visited.filter((u) => u.includes("/kontakt"))).toEqual([]);

  // The letter code of an answered request opens the receipt, where the answer can still be
  // changed: not a page whose only way on is a phone number.
  const code = (await page.locator(".staff-list__item", { hasText: `Neitakk-${lang}-${project}` }).locator("code").textContent())!;
  await phone.goto(`/${lang}/svar`);
  await ready(phone, testInfo);
  await phone.getByLabel(y.codeLabel).fill(code);
  await phone.getByRole("button", { name: y.continue }).click();
  await expect(phone).toHaveURL(/\/kvittering$/);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(y.receipt);
  await expect(phone.getByRole("link", { name: y.change })).toBeVisible();
  await expectAccessible(phone, testInfo);
  await context.close();

  // The advisor has the answer with its suggested code.
  await page.goto("/nb/staff/answers");
  await expect(page.locator(".answer-card", { hasText: `Neitakk-${lang}-${project}` })).toContainText(/OTAR/);
});
}
