import { expect, test } from "./helpers";
import { expectAccessible, ready } from "./helpers";

const frontPages = [
  { lang: "nb", heading: "Hva vil du gjøre?", answer: "Svar OT", contact: "Kontakt og kontorer" },
  { lang: "nn", heading: "Kva vil du gjere?", answer: "Svar OT", contact: "Kontakt og kontor" },
  { lang: "en", heading: "What do you want to do?", answer: "Answer OT", contact: "Contact and offices" },
];

for (const p of frontPages) {
  test(`the front page speaks ${p.lang}`, async ({ page }, testInfo) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`/${p.lang}`);
    await ready(page, testInfo);
    await expect(page.locator("html")).toHaveAttribute("lang", p.lang);
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
    await expect(page.getByRole("link", { name: new RegExp(`^${p.answer}`) }).first()).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.locator("footer")).toContainText("Oppfølgingstjenesten i Vestfold");
    await expectAccessible(page, testInfo);
    expect(errors, "no script errors (a hydration mismatch would show here)").toEqual([]);
  });
}

test("the root sends a Nynorsk phone to Nynorsk", async ({ browser }, testInfo) => {
  const context = await browser.newContext({
    ...testInfo.project.use,
    locale: "nn-NO",
    extraHTTPHeaders: { "Accept-Language": "nn-NO,nn;q=0.9,en;q=0.5" },
  });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/nn$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kva vil du gjere?");
  await context.close();
});

test("the language picker switches language and the choice sticks", async ({ page, context }, testInfo) => {
  await page.goto("/nb/kontakt");
  await ready(page, testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakt og kontorer");
  await page.getByText("Språk – Language").click();
  await page.getByRole("button", { name: "Norsk nynorsk" }).click();
  await expect(page).toHaveURL(/\/nn\/kontakt$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakt og kontor");
  await ready(page, testInfo);
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === "lang")?.value).toBe("nn");
  // A later visit to the root lands in the chosen language.
  await page.goto("/");
  await expect(page).toHaveURL(/\/nn$/);
  await expectAccessible(page, testInfo);
});

test("the contact page lists the offices with opening hours", async ({ page }, testInfo) => {
  await page.goto("/nb");
  await ready(page, testInfo);
  // The menu is a disclosure: folded from the first paint, open on a tap, with or without
  // JavaScript, so nothing shifts when a script runs.
  await expect(page.locator("#site-nav")).toBeHidden();
  await page.locator(".site-menu summary").click();
  await expect(page.locator("#site-nav")).toBeVisible();
  // A plain page load, with or without JavaScript: the browser never routes.
  await page.locator("#site-nav").getByRole("link", { name: "Kontakt og kontorer" }).click();
  await expect(page).toHaveURL(/\/nb\/kontakt$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kontakt og kontorer");
  for (const office of ["Horten", "Larvik", "Sandefjord", "Tønsberg"]) {
    await expect(page.getByRole("heading", { level: 2, name: office })).toBeVisible();
  }
  await expect(page.getByText("Mandag–torsdag").first()).toBeVisible();
  await expectAccessible(page, testInfo);
});

test("an unknown page is a translated 404", async ({ page }, testInfo) => {
  const response = await page.goto("/nn/finst-ikkje");
  expect(response?.status()).toBe(404);
  await ready(page, testInfo);
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi fann ikkje sida");
  await page.getByRole("link", { name: "Gå til framsida" }).click();
  await expect(page).toHaveURL(/\/nn$/);
  await expectAccessible(page, testInfo);
});

test("keyboard users can skip to the content", async ({ page }, testInfo) => {
  await page.goto("/en");
  await ready(page, testInfo);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("the accessibility check itself finds a real violation", async ({ page }, testInfo) => {
  // A check that cannot fail proves nothing: an image without alt text must be reported.
  await page.goto("/nb");
  const broken = page.context().browser()!.newContext({ javaScriptEnabled: true });
  const context = await broken;
  const probe = await context.newPage();
  await probe.setContent('<html><body><main><img src="/x.png"><a href="/"></a></main></body></html>');
  await expect(expectAccessible(probe, { project: { use: {} } } as typeof testInfo)).rejects.toThrow(/image-alt|link-name/);
  await context.close();
});
