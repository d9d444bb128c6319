import { expect, test } from "./helpers";
import type { Page } from "@playwright/test";
import { expectAccessible, jsEnabled, ready } from "./helpers";

// Tigrinya is written in Ge'ez, which many phones have no font for: pages in ti bring their
// own (a subset of Noto Sans Ethiopic), and pages in other languages download no font at all.

function fontRequests(page: Page): string[] {
  const fonts: string[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
  });
  return fonts;
}

test("a page in Tigrinya loads and uses the Ge'ez web font", async ({ page }, testInfo) => {
  const fonts = fontRequests(page);
  await page.goto("/ti");
  await ready(page, testInfo);
  await expect(page.locator("html")).toHaveAttribute("lang", "ti");
  await expect.poll(() => fonts).toContain("/fonts/noto-sans-ethiopic-2.000-regular.woff2");
  const response = await page.request.get("/fonts/noto-sans-ethiopic-2.000-regular.woff2");
  expect(response.headers()["content-type"]).toBe("font/woff2");
  expect(response.headers()["cache-control"]).toContain("immutable");
  if (jsEnabled(testInfo)) {
    // The browser's own account: the face is loaded, and the heading's text is drawn with it.
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() =>
      [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Neste steg Ethiopic" && f.status === "loaded").length);
    expect(loaded).toBeGreaterThan(0);
    const heading = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
    expect(await page.evaluate((text) => document.fonts.check(`16px "Neste steg Ethiopic"`, text), heading)).toBe(true);
  }
  await expectAccessible(page, testInfo);
});

test("a page in bokmål downloads no font", async ({ page }, testInfo) => {
  const fonts = fontRequests(page);
  await page.goto("/nb");
  await ready(page, testInfo);
  await page.waitForLoadState("networkidle");
  expect(fonts).toEqual([]);
  // Opened, the language list shows «ትግርኛ» in Ge'ez: only now is the font fetched.
  await page.getByText("Språk – Language").click();
  await expect(page.getByRole("button", { name: "ትግርኛ" })).toBeVisible();
  await expect.poll(() => fonts).toContain("/fonts/noto-sans-ethiopic-2.000-regular.woff2");
});
