import { expect, test } from "./helpers";
import { expectAccessible } from "./helpers";

// Staff log in with the county's identity provider (a real OpenID Provider on loopback):
// authorization code with PKCE, state and nonce. The provider vouches for the e-mail; the
// portal lets in only an active account of its own.
async function throughProvider(page: import("@playwright/test").Page, login: string, fromStart = true) {
  if (fromStart) await page.goto("/nb/staff/login");
  await page.getByRole("button", { name: "Logg inn med jobbkontoen din" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  // The provider asks once to let Neste steg see the e-mail address.
  const consent = page.getByRole("button", { name: "Continue" });
  if (await consent.isVisible().catch(() => false)) await consent.click();
}

test("a coordinator logs in with the identity provider", async ({ page }, testInfo) => {
  await page.goto("/nb/staff/login");
  await expectAccessible(page, testInfo);
  await throughProvider(page, "kari.koordinator@demo.neste-steg.no");
  await expect(page).toHaveURL(/\/nb\/staff$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Hei, \u2068?Kari Demo Koordinator\u2069?$/);
  await expectAccessible(page, testInfo);
});

test("someone the provider knows but the portal does not is turned back with a message", async ({ page }, testInfo) => {
  await throughProvider(page, "stranger@example.no");
  await expect(page).toHaveURL(/\/nb\/staff\/login\?oidc=failed$/);
  await expect(page.getByRole("alert")).toContainText("Innloggingen med jobbkontoen lyktes ikke.");
  await expectAccessible(page, testInfo);
  // No session was made: the workplace still asks for a login.
  await page.goto("/nb/staff");
  await expect(page).toHaveURL(/\/nb\/staff\/login/);
});

test("an e-mail the provider has not verified opens nothing", async ({ page }) => {
  await throughProvider(page, "unverified:kari.koordinator@demo.neste-steg.no");
  await expect(page).toHaveURL(/\/nb\/staff\/login\?oidc=failed$/);
  await expect(page.getByRole("alert")).toContainText("Innloggingen med jobbkontoen lyktes ikke.");
});

test("once bound to its first subject, an account is not opened by another person with the same e-mail", async ({ page }) => {
  // Kari's first login (the test above, in this or the other project) bound her account.
  await throughProvider(page, "kari.koordinator@demo.neste-steg.no");
  await expect(page).toHaveURL(/\/nb\/staff$/);
  await page.context().clearCookies();
  await throughProvider(page, "someone-else|kari.koordinator@demo.neste-steg.no");
  await expect(page).toHaveURL(/\/nb\/staff\/login\?oidc=failed$/);
});

test("a staff page asked for while signed out opens after the provider's login", async ({ page }) => {
  await page.goto("/nb/staff/bookings");
  await expect(page).toHaveURL(/\/nb\/staff\/login\?next=%2Fnb%2Fstaff%2Fbookings$/);
  await throughProvider(page, "kari.koordinator@demo.neste-steg.no", false);
  await expect(page).toHaveURL(/\/nb\/staff\/bookings$/);
});
