import { expect, test } from "./helpers";
import { expectAccessible, ready } from "./helpers";

const password = "e2e demo passord 2026";

test("an administrator creates an advisor, who then signs in", async ({ page, browser }, testInfo) => {
  const email = `ny.radgiver.${testInfo.project.name}@vfk.no`;
  await page.goto("/nb/staff/login");
  await ready(page, testInfo);
  await page.getByLabel("E-postadresse").fill("arne.admin@demo.neste-steg.no");
  await page.getByLabel("Passord").fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).toHaveURL(/\/nb\/staff$/);
  await page.getByRole("link", { name: "Ansattkontoer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ansattkontoer");
  await ready(page, testInfo);

  // A first try with a short password is refused, next to the field and in the summary.
  await page.getByLabel("Fullt navn").fill("Nora Ny Rådgiver");
  await page.getByLabel("E-postadresse").fill(email);
  await page.locator("#department").selectOption("larvik");
  await page.getByLabel("Første passord (minst 12 tegn)").fill("kort");
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await expect(page.locator(".error-summary")).toContainText("Passordet må ha minst 12 tegn.");
  await expect(page.locator("#password")).toHaveAttribute("aria-invalid", "true");
  // What was typed is kept, but never the password.
  await expect(page.getByLabel("Fullt navn")).toHaveValue("Nora Ny Rådgiver");
  await expect(page.getByLabel("E-postadresse")).toHaveValue(email);
  await expect(page.locator("#department")).toHaveValue("larvik");
  await expect(page.getByLabel("Første passord (minst 12 tegn)")).toHaveValue("");
  await expectAccessible(page, testInfo);

  await page.getByLabel("Første passord (minst 12 tegn)").fill("et langt passord for nora");
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await expect(page.locator(".staff-list")).toContainText(email);
  await expect(page.getByRole("status")).toHaveText("Kontoen er opprettet. Gi personen passordet på en trygg måte.");
  await expectAccessible(page, testInfo);

  // The new advisor signs in in a browser of her own.
  const context = await browser.newContext({ ...testInfo.project.use });
  const hers = await context.newPage();
  await hers.goto("/nb/staff/login");
  await ready(hers, testInfo);
  await hers.getByLabel("E-postadresse").fill(email);
  await hers.getByLabel("Passord").fill("et langt passord for nora");
  await hers.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(hers.getByRole("heading", { level: 1 })).toHaveText(/^Hei, \u2068?Nora Ny Rådgiver\u2069?$/);
  await expect(hers.getByText("Larvik")).toBeVisible();
  // An advisor has no administration.
  await expect(hers.getByRole("link", { name: "Ansattkontoer" })).toHaveCount(0);
  await context.close();
});
