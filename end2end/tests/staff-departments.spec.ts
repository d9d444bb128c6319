import { expect, test } from "./helpers";
import { expectAccessible, jsEnabled, ready } from "./helpers";

const password = "e2e demo passord 2026";

test("an administrator corrects an office's phone number and the contact page shows it", async ({ page }, testInfo) => {
  // Each project edits its own office, so the two runs never meet.
  const office = jsEnabled(testInfo) ? "Larvik" : "Sandefjord";
  const phone = jsEnabled(testInfo) ? "+47 33 12 34 56" : "+47 33 65 43 21";
  await page.goto("/nb/staff/login");
  await ready(page, testInfo);
  await page.getByLabel("E-postadresse").fill("arne.admin@demo.neste-steg.no");
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(/\/nb\/staff$/);
  await page.goto("/nb/staff/admin/departments");
  await page.getByRole("link", { name: office }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(office);
  await ready(page, testInfo);

  await page.getByLabel("Telefon:").fill("123");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.locator(".error-summary")).toContainText("Skriv inn et telefonnummer med minst åtte sifre.");
  await expect(page.locator("#phone")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Telefon:")).toHaveValue("123");
  await expectAccessible(page, testInfo);

  // Opening hours: closing before opening is refused for that day, and nothing is saved.
  await page.getByLabel("Telefon:").fill(phone);
  await page.getByLabel(/^\u2068?mandag\u2069? åpner$/).fill("16:00");
  await page.getByLabel(/^\u2068?mandag\u2069? stenger$/).fill("09:00");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.locator(".error-summary")).toContainText("Skriv åpningstiden som tt:mm, og stengetiden etter åpningstiden.");
  await expect(page.locator("#hours-1")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(/^\u2068?mandag\u2069? åpner$/)).toHaveValue("16:00");
  await expect(page.getByLabel(/^\u2068?mandag\u2069? stenger$/)).toHaveValue("09:00");
  await expectAccessible(page, testInfo);

  await page.getByLabel("Telefon:").fill(phone);
  await page.getByLabel(/^\u2068?mandag\u2069? åpner$/).fill("09:00");
  await page.getByLabel(/^\u2068?mandag\u2069? stenger$/).fill("15:00");
  await page.getByLabel(/^\u2068?lørdag\u2069? åpner$/).fill("10:00");
  await page.getByLabel(/^\u2068?lørdag\u2069? stenger$/).fill("13:00");
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByRole("status")).toHaveText("Endringene er lagret og vises på kontaktsiden.");
  await page.goto("/nb/kontakt");
  const card = page.locator(".office", { has: page.getByRole("heading", { name: office }) });
  await expect(card).toContainText(phone);
  await expect(card).toContainText("Mandag09:00–15:00");
  await expect(card).toContainText("Lørdag10:00–13:00");
});
