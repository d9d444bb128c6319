// Drives one running server (BASE): an advisor creates contact requests, their links are read
// from the demo mailbox, then the link page and the answer are loaded by CONNECTIONS workers for
// DURATION seconds each. Prints requests per second and latency percentiles.
const base = process.env.BASE;
const label = process.env.LABEL ?? "";
const duration = Number(process.env.DURATION ?? 10) * 1000;
const connections = Number(process.env.CONNECTIONS ?? 16);
const people = 100;
const headers = { origin: base, "content-type": "application/x-www-form-urlencoded" };

async function post(path, form, cookie) {
  const response = await fetch(base + path, {
    method: "POST",
    headers: cookie ? { ...headers, cookie } : headers,
    body: new URLSearchParams(form),
    redirect: "manual",
  });
  return response;
}

const login = await post("/api/login", { lang: "nb", email: "ingrid.haugen@demo.neste-steg.no", password: "bench demo passord 2026" });
const cookie = login.headers.get("set-cookie").split(";")[0];
for (let i = 0; i < people; i++) {
  const response = await post("/api/create-contact-request", {
    lang: "nb", "form[first_name]": `Last${i}`, "form[last_name]": "Test", "form[birth_date]": "2006-01-02",
    "form[mobile]": "", "form[email]": `last${i}@example.no`, "form[language]": "nb", "form[municipality]": "Horten",
    "form[department]": "horten", "form[guardian_name]": "", "form[guardian_mobile]": "", "form[guardian_email]": "",
  }, cookie);
  if (!response.ok && response.status >= 400) throw new Error(`create failed: ${response.status}`);
}
let tokens = [];
for (let i = 0; i < 30 && tokens.length < people; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  const mailbox = await (await post("/api/demo-mailbox", {}, cookie)).json();
  tokens = mailbox.map((m) => m.body.match(/\/svar\/([A-Za-z0-9_-]{43})/)?.[1]).filter(Boolean);
}
if (tokens.length < people) throw new Error(`only ${tokens.length} links arrived`);

async function load(name, request) {
  const latencies = [];
  let errors = 0;
  let next = 0;
  const end = Date.now() + duration;
  async function worker() {
    while (Date.now() < end) {
      const token = tokens[next++ % tokens.length];
      const start = performance.now();
      const response = await request(token);
      await response.arrayBuffer();
      latencies.push(performance.now() - start);
      if (response.status >= 400) errors++;
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  console.log(
    `${label.padEnd(9)} ${name.padEnd(16)} ${(latencies.length / (duration / 1000)).toFixed(0).padStart(6)} req/s` +
      `  p50 ${at(0.5)} ms  p99 ${at(0.99)} ms  errors ${errors}  (${connections} connections)`,
  );
}

await load("link page", (token) => fetch(`${base}/nb/svar/${token}`, { headers: { accept: "text/html" } }));
const activities = ["school", "work", "wants_help", "no_thanks"];
let n = 0;
await load("submit answer", (token) =>
  post("/api/answer-activity", { lang: "nb", token, activity: activities[n++ % activities.length] }),
);
