// First-visit weight of the main pages in Debian's Chromium on a phone (360 × 740, CPU slowed
// 4×, a slow 4G line): bytes transferred per kind (HTML, CSS, JS, WASM, other; compressed, as
// sent), the largest contentful paint and the layout shift (all of it: nothing is typed or
// tapped). A benchmark, not a test: with
// CHECK=1 it fails only when the front page weighs more than its budget.
import { chromium } from "../end2end/node_modules/playwright/index.mjs";

const base = process.env.BASE;
const check = process.env.CHECK === "1";
const FRONT_BUDGET = 100 * 1024;
const headers = { origin: base, "content-type": "application/x-www-form-urlencoded" };

// The server has just started: wait until it answers (no curl on a fresh machine).
for (let i = 0; ; i++) {
  const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
  if (ok) break;
  if (i === 100) throw new Error("the server did not become ready");
  await new Promise((r) => setTimeout(r, 200));
}

// An answer link from the demo mailbox: an advisor makes one request.
const login = await fetch(`${base}/api/login`, {
  method: "POST", headers, redirect: "manual",
  body: new URLSearchParams({ lang: "nb", email: "ingrid.haugen@demo.neste-steg.no", password: process.env.DEMO_PASSWORD }),
});
const cookie = login.headers.get("set-cookie").split(";")[0];
await fetch(`${base}/api/create-contact-request`, {
  method: "POST", headers: { ...headers, cookie }, redirect: "manual",
  body: new URLSearchParams({
    lang: "nb", "form[first_name]": "Vekt", "form[last_name]": "Test", "form[birth_date]": "2007-05-06",
    "form[mobile]": "", "form[email]": "vekt@example.no", "form[language]": "nb", "form[municipality]": "Horten",
    "form[department]": "horten", "form[guardian_name]": "", "form[guardian_mobile]": "", "form[guardian_email]": "",
  }),
});
let token;
for (let i = 0; i < 30 && !token; i++) {
  await new Promise((r) => setTimeout(r, 500));
  const mailbox = await (await fetch(`${base}/api/demo-mailbox`, { method: "POST", headers: { ...headers, cookie } })).json();
  token = mailbox.map((m) => m.body.match(/\/svar\/([A-Za-z0-9_-]{43})/)?.[1]).find(Boolean);
}
if (!token) throw new Error("no answer link arrived");

const pages = [
  ["front", "/nb"],
  ["rights", "/nb/rettigheter"],
  ["answer link", `/nb/svar/${token}`],
  ["booking", "/nb/bestill?kontor=larvik&form=office"],
  ["council", "/nb/ot-rad"],
  ["staff login", "/nb/staff/login"],
  ["workplace", "/nb/staff", true],
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
});
const kindOf = (type, url) =>
  url.endsWith(".wasm") ? "wasm" : { Document: "html", Stylesheet: "css", Script: "js" }[type] ?? "other";
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
console.log(`${"page".padEnd(12)} ${"total".padStart(7)} ${"html".padStart(7)} ${"css".padStart(7)} ${"js".padStart(7)} ${"wasm".padStart(7)} ${"other".padStart(7)}   KB   LCP ms   CLS     title`);
let failed = false;
for (const [name, path, signedIn] of pages) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  if (signedIn) {
    await context.addCookies([{ name: cookie.split("=")[0], value: cookie.split("=").slice(1).join("="), url: base }]);
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  const kinds = new Map();
  const sizes = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
  cdp.on("Network.responseReceived", (e) => kinds.set(e.requestId, kindOf(e.type, e.response.url)));
  cdp.on("Network.loadingFinished", (e) => { sizes[kinds.get(e.requestId) ?? "other"] += e.encodedDataLength; });
  await page.addInitScript(() => {
    window.__lcp = 0;
    window.__cls = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; })
      .observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__cls += e.value; })
      .observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(base + path, { waitUntil: "networkidle" });
  // Every island marks itself data-ready once hydrated; a page without islands loads no script.
  const islands = await page.locator("leptos-island").count();
  for (let i = 0; i < islands; i++) {
    await page.locator("leptos-island [data-ready]").nth(i).waitFor({ timeout: 20_000 });
  }
  await page.waitForTimeout(500);
  const { lcp, cls } = await page.evaluate(() => ({ lcp: window.__lcp, cls: window.__cls }));
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  const title = (await page.title()).split(" – ")[0];
  console.log(`${name.padEnd(12)} ${kb(total)} ${kb(sizes.html)} ${kb(sizes.css)} ${kb(sizes.js)} ${kb(sizes.wasm)} ${kb(sizes.other)}   ${lcp.toFixed(0).padStart(6)}   ${cls.toFixed(3)}   ${title}`);
  // Nothing may jump under a finger on any page (Core Web Vitals' «good» is below 0.1).
  if (check && cls >= 0.1) {
    console.error(`${name}: layout shift ${cls.toFixed(3)}, at or over 0.1`);
    failed = true;
  }
  if (check && name === "front" && total > FRONT_BUDGET) {
    console.error(`the front page transfers ${total} B, over the budget of ${FRONT_BUDGET} B`);
    failed = true;
  }
  await context.close();
}
await browser.close();
process.exit(failed ? 1 : 0);
