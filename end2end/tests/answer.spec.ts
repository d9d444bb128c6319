import { expect, test } from "@playwright/test";
import { expectAccessible, messageTo, ready, signIn } from "./helpers";

// Each journey crosses a staff browser, the outbox worker and a phone: give it time.
test.setTimeout(90_000);

// The heart of the portal: OT asks, the young person answers from a link on the phone, the
// advisor confirms the suggested status code, and the code is exported for Vigo OT.
test("a young person answers from an e-mailed link and the advisor confirms the code", async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  const lastName = `Nilsen-${project}`;
  const email = `sara.${project}@example.no`;

  // The advisor in Horten writes to Sara, in nynorsk, by e-mail. A first try without names is
  // refused next to each field and in the summary.
  await signIn(page, "ingrid.haugen@demo.neste-steg.no");
  await page.getByRole("link", { name: "Ny kontaktforespørsel" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ny kontaktforespørsel");
  await page.getByRole("button", { name: "Lagre og send" }).click();
  await expect(page.locator(".error-summary")).toContainText("Skriv inn fornavnet.");
  await expect(page.locator("#first_name")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, testInfo);
  await page.getByLabel("Fornavn").fill("Sara");
  await page.getByLabel("Etternavn").fill(lastName);
  await page.getByLabel("Fødselsdato (dd.mm.åååå)").fill("14.03.2007");
  await page.locator("#email").fill(email);
  await page.getByLabel("Språk for meldingen").selectOption("nn");
  await page.getByLabel("Kommune").fill("Horten");
  await page.getByRole("button", { name: "Lagre og send" }).click();
  await expect(page.getByRole("status")).toHaveText("Forespørselen er lagret, og meldingen sendes nå.");
  await expect(page.locator(".request-list")).toContainText(`Sara ${lastName}`);
  await expectAccessible(page, testInfo);

  // The worker delivers the e-mail to the real SMTP server, in nynorsk, with a working link.
  const mail = await messageTo(email);
  expect(mail.channel).toBe("email");
  expect(mail.subject).toBe("Melding frå Oppfølgingstjenesten i Vestfold");
  expect(mail.text).toContain("Hei Sara!");
  expect(mail.text).not.toContain(lastName);
  const link = mail.text.match(/https?:\/\/\S+\/nn\/svar\/[A-Za-z0-9_-]+/)![0];

  // Sara opens it on her phone. Opening changes nothing: a greeting and a way on.
  const context = await browser.newContext({ ...testInfo.project.use });
  const phone = await context.newPage();
  await phone.goto(new URL(link).pathname);
  await ready(phone, testInfo);
  await expect(phone.locator("html")).toHaveAttribute("lang", "nn");
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(/^Hei, \u2068?Sara\u2069?!$/);
  await expectAccessible(phone, testInfo);
  await phone.getByRole("link", { name: "Hald fram" }).click();

  // One question per page; sending none gets a clear message.
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Kva gjer du no?");
  await ready(phone, testInfo);
  await phone.getByRole("button", { name: "Neste" }).click();
  await expect(phone.locator(".error-summary")).toContainText("Vel det som passar best for deg.");
  await expectAccessible(phone, testInfo);
  await phone.getByLabel("Eg jobbar").check();
  await phone.getByRole("button", { name: "Neste" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Vil du fortelje meir?");
  await ready(phone, testInfo);
  await phone.getByLabel("Vil du fortelje meir?").fill("Jobbar på eit lager i Horten");
  await phone.getByRole("button", { name: "Neste" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Korleis vil du at OT skal kontakte deg?");
  await ready(phone, testInfo);
  await phone.getByLabel("SMS").check();
  await phone.getByLabel("Etter klokka 16").check();
  await expectAccessible(phone, testInfo);
  await phone.getByRole("button", { name: "Send svaret" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Takk! Vi har fått svaret ditt");
  await expect(phone.locator(".reference")).toHaveText(/^NS-[A-Z0-9]{6}$/);
  await expectAccessible(phone, testInfo);

  // She changes her mind before anyone has handled it: now she is at school.
  await ready(phone, testInfo);
  await phone.getByRole("link", { name: "Endre svaret" }).click();
  await expect(phone.getByLabel("Eg jobbar")).toBeChecked();
  await phone.getByLabel("Eg går på vidaregåande skule").check();
  await phone.getByRole("button", { name: "Neste" }).click();
  await expect(phone.getByLabel("Vil du fortelje meir?")).toHaveValue("Jobbar på eit lager i Horten");
  await phone.getByLabel("Vil du fortelje meir?").fill("Byrja på Horten vgs");
  await phone.getByRole("button", { name: "Neste" }).click();
  await expect(phone.getByLabel("SMS")).toBeChecked();
  await phone.getByRole("button", { name: "Send svaret" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Takk! Vi har fått svaret ditt");

  // The advisor sees the answer with the suggested code, and confirms it.
  await page.goto("/nb/staff/answers");
  const card = page.locator(".answer-card", { hasText: lastName });
  await expect(card).toContainText("Jeg går på videregående skole");
  await expect(card).toContainText(/Foreslått kode: \u2068?OTEV\u2069?/);
  await expectAccessible(page, testInfo);
  await card.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Sara ${lastName}`);
  await expect(page.locator(".facts")).toContainText("Byrja på Horten vgs");
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
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Vi har fått svaret ditt");
  await expect(phone.getByRole("link", { name: "Endre svaret" })).toHaveCount(0);
  await context.close();
});

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

  await row.getByRole("button", { name: /^Trekk tilbake forespørselen til/ }).click();
  await expect(staff.locator(".staff-list__item", { hasText: `Ola Berg-${testInfo.project.name}` })).toContainText("Trukket tilbake");
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lenken virker ikke");
  await staff.context().close();
});
