import { expect, test } from "./helpers";
import { expectAccessible, ready, signIn } from "./helpers";

// The numbers: a coordinator picks a period and an office and reads the charts and the tables;
// a table's CSV has the same figures; the public figures page in bokmål and Arabic. On a phone
// and on a laptop, with and without JavaScript (the two projects). The figures are counts,
// never lists of people (suppression is tested on both databases in domain/tests/numbers.rs).

test("a coordinator picks a period and an office, and a table's CSV has the same figures", async ({ page }, testInfo) => {
  await signIn(page, "kari.koordinator@demo.neste-steg.no");
  await page.getByRole("link", { name: "Tall", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tall");
  await ready(page, testInfo);
  // The demo's history: the school year shows something real.
  const reach = page.locator("figure", { hasText: "Kontaktforespørsler sendt i perioden" });
  await expect(reach.locator("tr", { hasText: "Sendt" }).locator("td")).not.toHaveText("0");
  await expectAccessible(page, testInfo);

  // Horten, the last twelve months.
  const today = new Date();
  const from = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1).toISOString().slice(0, 10);
  await page.getByLabel("Fra og med").fill(from);
  await page.getByLabel("Til og med").fill(today.toISOString().slice(0, 10));
  await page.getByLabel("Avdeling").selectOption("horten");
  await page.getByRole("button", { name: "Vis tallene" }).click();
  await expect(page).toHaveURL(/department=horten/);
  await expect(page.getByLabel("Avdeling")).toHaveValue("horten");
  const channels = page.locator("figure", { hasText: "Svar etter kanalen som nådde dem" });
  await expect(channels.locator("svg.chart rect")).not.toHaveCount(0);
  // The chart shows the figures; the same figures as a table are one tap away.
  await expect(channels.locator("table")).toBeHidden();
  await channels.getByText("Vis tallene i en tabell").click();
  for (const viewport of [{ width: 360, height: 740 }, { width: 1366, height: 768 }]) {
    await page.setViewportSize(viewport);
    await expect(channels.locator("svg.chart")).toBeVisible();
    await expect(channels.locator("table")).toBeVisible();
    await expectAccessible(page, testInfo);
  }
  // The CSV: UTF-8 with a BOM, semicolons, and the cells of the table on the page.
  const href = await channels.getByRole("link", { name: "Last ned tabellen (CSV)" }).getAttribute("href");
  expect(href).toContain("department=horten");
  const response = await page.request.get(href!);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const csv = await response.text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = await channels.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent!.replace(/[\u2068\u2069]/g, "").replace(/\u00a0/g, " "))));
  expect(csv.slice(1).trim().split("\r\n").slice(1).map((line) => line.split(";"))).toEqual(rows);
});

test("the public figures page, in bokmål and in Arabic", async ({ page }, testInfo) => {
  await page.goto("/nb");
  await page.locator("footer").getByRole("link", { name: "Tall: når OT alle?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tall: når OT alle?");
  const national = page.locator("figure", { hasText: "Ungdom OT fulgte opp i juni, hele landet" });
  await expect(national.locator("tr", { hasText: "2024" })).toContainText("15\u00a0449");
  await expect(national).toContainText("Kilde: Utdanningsdirektoratet");
  await expect(page.locator("main")).toContainText("Tall under 5 vises ikke");
  await expectAccessible(page, testInfo);
  await page.goto("/ar/tall");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("main")).toContainText("١٥٬٤٤٩");
  await expectAccessible(page, testInfo);
});
