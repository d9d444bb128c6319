import { expect, test } from "./helpers";
import { expectAccessible, messageTo, ready, signIn } from "./helpers";

test.setTimeout(90_000);

// What an attacker types as a name or a title: unescaped in <title>, it would send the page to
// another host at once.
const payload = "</title><meta http-equiv=refresh content=0;url=//elsewhere/x>";

/** The page stays where it is, with the payload as the text of its title and no meta refresh. */
async function staysWithTextTitle(page: import("@playwright/test").Page) {
  const here = page.url();
  // A refresh of 0 seconds would have left long before this.
  await page.waitForTimeout(1500);
  expect(page.url()).toBe(here);
  expect(await page.title()).toContain(payload);
  await expect(page.locator("meta[http-equiv]")).toHaveCount(0);
}

test("markup in a young person's name or a hearing's title stays text in the page title", async ({ page, browser }, testInfo) => {
  const project = testInfo.project.name;
  const lastName = `Tittel-${project}`;
  const email = `tittel.${project}@example.no`;

  // The advisor types the name as it came (a CSV import brings it the same way).
  await signIn(page, "ingrid.haugen@demo.neste-steg.no");
  await page.goto("/nb/staff/contact-requests/new");
  await ready(page, testInfo);
  await page.getByLabel("Fornavn").fill(payload);
  await page.getByLabel("Etternavn").fill(lastName);
  await page.getByLabel("Fødselsdato (dd.mm.åååå)").fill("14.03.2007");
  await page.locator("#email").fill(email);
  await page.getByLabel("Kommune").fill("Horten");
  await page.getByRole("button", { name: "Lagre og send" }).click();
  await expect(page.getByRole("status")).toHaveText("Forespørselen er lagret, og meldingen sendes nå.");

  // The young person answers the first question.
  const link = (await messageTo(email)).text.match(/https?:\/\/\S+\/nb\/svar\/[A-Za-z0-9_-]+/)![0];
  const context = await browser.newContext({ ...testInfo.project.use });
  const phone = await context.newPage();
  await phone.goto(new URL(link).pathname);
  await ready(phone, testInfo);
  await expect(phone.getByRole("heading", { level: 1 })).toContainText(payload);
  await phone.getByRole("link", { name: "Fortsett" }).click();
  await phone.getByLabel("Jeg jobber").check();
  await phone.getByRole("button", { name: "Neste" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Vil du fortelle mer?");
  await context.close();

  // The advisor opens the answer: the page stays, its title shows the name as typed.
  await page.goto("/nb/staff/answers");
  await page.locator(".answer-card", { hasText: lastName }).getByRole("link").click();
  await expect(page).toHaveURL(/\/nb\/staff\/answers\/\d+$/);
  await staysWithTextTitle(page);
  await expectAccessible(page, testInfo);

  // The council coordinator drafts a hearing with the same title and opens it.
  const coordinator = await (await browser.newContext({ ...testInfo.project.use })).newPage();
  await signIn(coordinator, "mona.radskoordinator@demo.neste-steg.no");
  await coordinator.goto("/nb/staff/council");
  await ready(coordinator, testInfo);
  const later = new Date(Date.now() + 40 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  await coordinator.locator("#new-hearing > summary").click();
  await coordinator.locator("#title-hearing").fill(payload);
  await coordinator.locator("#question-hearing").fill(`Spørsmål ${project}`);
  await coordinator.locator("#deadline_date-hearing").fill(later);
  await coordinator.locator("#deadline_time-hearing").fill("14:00");
  await coordinator.getByRole("button", { name: "Lagre høringen som utkast" }).click();
  // Saved, the draft opens on its own page.
  await expect(coordinator).toHaveURL(/\/nb\/staff\/council\/hearings\/\d+\?done=created$/);
  await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(payload);
  await staysWithTextTitle(coordinator);
  await expectAccessible(coordinator, testInfo);
  await coordinator.context().close();
});
