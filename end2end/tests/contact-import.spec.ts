import { expect, test } from "./helpers";
import { expectAccessible, messageTo, signIn } from "./helpers";

test.setTimeout(90_000);

// An advisor imports a class list: a file that cannot be read is refused with the reason; a
// readable one is previewed with every bad row named, and only the good rows are imported.
test("a CSV import previews every problem and imports the good rows, whose SMS go out", async ({ page }, testInfo) => {
  const project = testInfo.project.name;
  const mobile = project === "phone-js" ? "91111111" : "92222222";
  await signIn(page, "ingrid.haugen@demo.neste-steg.no");
  await page.goto("/nb/staff/contact-requests/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importer mange fra en CSV-fil");

  // Saved as Windows-1252 by an old spreadsheet: «Ø» is one byte that is not UTF-8.
  const latin1 = Buffer.from("fornavn;etternavn;fødselsdato;kommune;avdeling\n\xd8yvind;Berg;2006-01-01;Horten;horten\n", "latin1");
  await page.setInputFiles("#file", { name: "klasse.csv", mimeType: "text/csv", buffer: latin1 });
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(page.locator(".error-summary")).toContainText("Fila er ikke lagret som UTF-8.");
  await expect(page.locator("#file")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, testInfo);

  const csv = [
    "fornavn;etternavn;fødselsdato;mobil;epost;språk;kommune;avdeling",
    `Åse;Import-${project};12.05.2007;${mobile};;nn;Horten;horten`,
    `Per;Feil-${project};2007-01-01;12345;;nb;Horten;horten`,
    `Kari;Import-${project};2006-02-03;;kari.${project}@example.no;en;Horten;horten`,
    `Lars;Larvik-${project};2006-02-03;41234567;;nb;Larvik;larvik`,
  ].join("\n");
  await page.setInputFiles("#file", { name: "klasse.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forhåndsvisning av importen");
  await expect(page.getByRole("status")).toHaveText(/2\u2069? rader er klare til import\. \u2068?2\u2069? rader har feil/);
  const problems = page.locator(".import-problems");
  await expect(problems.locator("li", { hasText: `Per Feil-${project}` })).toContainText(/Linje \u2068?3\u2069?/);
  await expect(problems.locator("li", { hasText: `Per Feil-${project}` })).toContainText("Mobilnummer: er ikke et mobilnummer");
  await expect(problems.locator("li", { hasText: `Lars Larvik-${project}` })).toContainText("Avdeling: er ikke en avdeling du arbeider i");
  await expectAccessible(page, testInfo);
  // Nothing is imported before the advisor confirms.
  await page.goto("/nb/staff/contact-requests");
  await expect(page.locator(".request-list")).not.toContainText(`Import-${project}`);
  await page.goBack();

  await page.getByRole("button", { name: /^Importer .*2.* rader og send meldingene$/ }).click();
  await expect(page.getByRole("status")).toContainText("forespørsler er importert");
  await expect(page.locator(".request-list")).toContainText(`Åse Import-${project}`);
  await expect(page.locator(".request-list")).toContainText(`Kari Import-${project}`);
  await expect(page.locator(".request-list")).not.toContainText(`Per Feil-${project}`);

  // Åse's message goes by SMS through the gateway, in nynorsk, with the gateway's token and a
  // key that lets the gateway drop a repeat.
  const sms = await messageTo(`+47${mobile}`);
  expect(sms.channel).toBe("sms");
  expect(sms.auth).toBe("Bearer e2e-gateway-token");
  expect(sms.id).toMatch(/^contact-request:/);
  expect(sms.text).toMatch(/^Hei Åse! .* lurer på kva du gjer no/);
  expect(sms.text).toMatch(/\/nn\/svar\/[A-Za-z0-9_-]{43} /);
  const mail = await messageTo(`kari.${project}@example.no`);
  expect(mail.text).toContain("Hi Kari!");
});
