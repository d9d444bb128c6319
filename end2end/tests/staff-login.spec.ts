import { expect, test } from "./helpers";
import { expectAccessible, ready } from "./helpers";

const password = "e2e demo passord 2026";

test("an advisor signs in, sees the workplace and signs out", async ({ page }, testInfo) => {
  await page.goto("/nb/staff");
  // Signed out, the workplace sends you to the login page.
  await expect(page).toHaveURL(/\/nb\/staff\/login$/);
  await ready(page, testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logg inn for ansatte");
  await expectAccessible(page, testInfo);

  await page.getByLabel("E-postadresse").fill("ingrid.haugen@demo.neste-steg.no");
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(/\/nb\/staff$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Hei, \u2068?Ingrid Demo Haugen\u2069?$/);
  await expect(page.getByText("Rådgiver")).toBeVisible();
  await expect(page.getByText("Horten")).toBeVisible();
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/nb\/staff\/login$/);
  // The session really ended: the workplace is closed again.
  await page.goto("/nb/staff");
  await expect(page).toHaveURL(/\/nb\/staff\/login$/);
});

test("an empty form gets an error summary that links to each field", async ({ page }, testInfo) => {
  await page.goto("/nn/staff/login");
  await ready(page, testInfo);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading")).toHaveText("Det er noko som må rettast");
  await expect(summary.getByRole("link", { name: "Skriv inn e-postadressa di." })).toHaveAttribute("href", "#email");
  await expect(summary.getByRole("link", { name: "Skriv inn passordet ditt." })).toHaveAttribute("href", "#password");
  await expect(page.locator("#email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toHaveText("Skriv inn e-postadressa di.");
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expectAccessible(page, testInfo);
});

test("a wrong password is refused with a translated message", async ({ page }, testInfo) => {
  await page.goto("/en/staff/login");
  await ready(page, testInfo);
  await page.getByLabel("Email address").fill("siri.berg@demo.neste-steg.no");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".error-summary")).toContainText("The email address or the password is wrong.");
  await expect(page).toHaveURL(/\/en\/staff\/login$/);
  await expect(page.getByLabel("Email address")).toHaveValue("siri.berg@demo.neste-steg.no");
  await expect(page.getByLabel("Password")).toHaveValue("");
  await page.goto("/en/staff");
  await expect(page).toHaveURL(/\/en\/staff\/login$/);
});

test("a staff page asked for while signed out opens after the login, and /staff finds the staff area", async ({ browser }, testInfo) => {
  // A phone set to Norwegian: `/staff` without a language goes to the bokmål staff area.
  const context = await browser.newContext({ ...testInfo.project.use, locale: "nb-NO" });
  const page = await context.newPage();
  await page.goto("/staff/bookings");
  await expect(page).toHaveURL(/\/nb\/staff\/login\?next=%2Fnb%2Fstaff%2Fbookings$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Logg inn for ansatte");
  await expectAccessible(page, testInfo);
  await page.getByLabel("E-postadresse").fill("jonas.larsen@demo.neste-steg.no");
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(/\/nb\/staff\/bookings$/);
  await context.close();
});
