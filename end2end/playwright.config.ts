import { defineConfig, devices } from "@playwright/test";

// scripts/test builds the site, then runs this with SERVER_BIN, SITE_ROOT and PORT set; Playwright
// starts the server with a fresh SQLite database and demo data, and stops it afterwards.
const port = Number(process.env.PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The message sink: a real SMTP server and an SMS gateway stand-in (message-sink.mjs).
const smtpPort = port + 25;
export const sinkURL = `http://127.0.0.1:${port + 80}`;
// A real OpenID Provider for staff login (oidc-provider.mjs).
const oidcPort = port + 90;

const chromium = {
  // Debian's Chromium: Playwright cannot download a browser on these machines.
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
};

// Every spec runs on a phone, with JavaScript and without it.
const phone = {
  ...devices["Pixel 5"],
  viewport: { width: 360, height: 740 },
  browserName: "chromium" as const,
  launchOptions: chromium,
};

export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: { baseURL, trace: "retain-on-failure" },
  projects: [
    { name: "phone-js", use: { ...phone, javaScriptEnabled: true } },
    { name: "phone-no-js", use: { ...phone, javaScriptEnabled: false } },
  ],
  webServer: [{
    command: "node oidc-provider.mjs",
    url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
    reuseExistingServer: false,
    timeout: 20_000,
    env: { OIDC_PORT: String(oidcPort), PORTAL_ORIGIN: baseURL },
  }, {
    command: "node message-sink.mjs",
    url: `${sinkURL}/messages`,
    reuseExistingServer: false,
    timeout: 20_000,
    env: { SINK_SMTP_PORT: String(smtpPort), SINK_HTTP_PORT: String(port + 80) },
  }, {
    command: process.env.SERVER_BIN ?? "../target/release/neste-steg",
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      LISTEN_ADDR: `127.0.0.1:${port}`,
      DATA_DIR: process.env.E2E_DATA_DIR ?? "../target/e2e-data",
      SITE_ROOT: process.env.SITE_ROOT ?? "../target/site",
      DEMO_DATA: "true",
      DEMO_PASSWORD: "e2e demo passord 2026",
      RUST_LOG: "warn",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "OT i Vestfold <ot@demo.neste-steg.no>",
      SMS_GATEWAY_URL: `${sinkURL}/sms`,
      SMS_GATEWAY_TOKEN: "e2e-gateway-token",
      WORKER_INTERVAL_SECONDS: "1",
      // Every browser test is one client (127.0.0.1); the per-address limit itself is tested
      // over HTTP with several client addresses.
      BOOKING_CODES_PER_ADDRESS: "200",
      OIDC_ISSUER_URL: `http://127.0.0.1:${oidcPort}`,
      OIDC_CLIENT_ID: "neste-steg",
      OIDC_CLIENT_SECRET: "e2e-oidc-client-secret",
    },
  }],
});
