//! Two real server processes (the `neste-steg` binary) on one PostgreSQL database, as a county
//! runs them behind a reverse proxy (issue 15). They share everything through the database, so:
//! a staff session made on one works on the other; a throttle counts across both; of 200 young
//! people racing for one time over both, exactly one gets it; an office edited on one shows on
//! the other within a second; and a contact round of 1 000 messages reaches a real SMTP server
//! and SMS receiver with every idempotency key, while one instance is killed (SIGKILL) half-way
//! and started again. The killed worker's message in hand waits for its lease
//! (`OUTBOX_LEASE_SECONDS`, 30 s here) and may arrive twice; the receivers drop the repeat by key.
//!
//! Needs TEST_POSTGRES_URL (scripts/test starts a server and sets it); makes its own database.

use std::{
    collections::{HashMap, HashSet},
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use reqwest::{header, redirect::Policy, Client, StatusCode};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

/// The origin both instances answer for, as behind one proxy.
const ORIGIN: &str = "http://ot.test";
const PASSWORD: &str = "klynge test passord 2026";
const MESSAGES: usize = 1000;

/// What reached the receivers: how often each key arrived, and when it last did.
#[derive(Default)]
struct Received {
    arrivals: HashMap<String, (u32, Instant)>,
}

impl Received {
    fn record(&mut self, key: String) {
        let now = Instant::now();
        self.arrivals
            .entry(key)
            .and_modify(|(n, last)| {
                *n += 1;
                *last = now;
            })
            .or_insert((1, now));
    }
}

type Sink = Arc<Mutex<Received>>;

/// A small SMTP server: enough of RFC 5321 for lettre, recording each message's Message-ID.
async fn smtp_server(listener: TcpListener, sink: Sink) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let sink = sink.clone();
        tokio::spawn(async move {
            let (read, mut write) = stream.into_split();
            let mut lines = BufReader::new(read);
            let _ = write.write_all(b"220 sink ESMTP\r\n").await;
            let mut line = String::new();
            loop {
                line.clear();
                if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                    return;
                }
                let command = line.trim_end().to_ascii_uppercase();
                let reply: &[u8] = if command.starts_with("EHLO") {
                    b"250-sink\r\n250 8BITMIME\r\n"
                } else if command.starts_with("DATA") {
                    let _ = write.write_all(b"354 go on\r\n").await;
                    let mut id = None;
                    loop {
                        line.clear();
                        if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                            // Cut off mid-message: not accepted, so not delivered.
                            return;
                        }
                        if line == ".\r\n" {
                            break;
                        }
                        if let Some(value) = line
                            .strip_prefix("Message-ID:")
                            .or_else(|| line.strip_prefix("Message-Id:"))
                        {
                            id = Some(
                                value
                                    .trim()
                                    .trim_start_matches('<')
                                    .split('@')
                                    .next()
                                    .unwrap_or("")
                                    .to_string(),
                            );
                        }
                    }
                    if let Some(id) = id {
                        sink.lock().unwrap().record(id);
                    }
                    b"250 accepted\r\n"
                } else if command.starts_with("QUIT") {
                    let _ = write.write_all(b"221 bye\r\n").await;
                    return;
                } else {
                    // HELO, MAIL, RCPT, RSET, NOOP.
                    b"250 ok\r\n"
                };
                if write.write_all(reply).await.is_err() {
                    return;
                }
            }
        });
    }
}

/// An SMS gateway: records the `Idempotency-Key` of each POST.
async fn sms_receiver(listener: TcpListener, sink: Sink) {
    use axum::{extract::State, http::HeaderMap, routing::post, Router};
    async fn receive(State(sink): State<Sink>, headers: HeaderMap) -> StatusCode {
        let key = headers
            .get("idempotency-key")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        sink.lock().unwrap().record(key);
        StatusCode::ACCEPTED
    }
    let router = Router::new().route("/sms", post(receive)).with_state(sink);
    let _ = axum::serve(listener, router).await;
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

struct Instance {
    child: Child,
    base: String,
    log: std::path::PathBuf,
}

impl Instance {
    fn start(name: &str, port: u16, env: &[(&str, String)], dir: &std::path::Path) -> Instance {
        let log = dir.join(format!("{name}.log"));
        let out = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_neste-steg"))
            .env_clear()
            .envs(env.iter().map(|(k, v)| (k.to_string(), v.clone())))
            .env("LISTEN_ADDR", format!("127.0.0.1:{port}"))
            .env("DATA_DIR", dir.join(name))
            .stdin(Stdio::null())
            .stdout(out.try_clone().unwrap())
            .stderr(out)
            .spawn()
            .unwrap();
        Instance {
            child,
            base: format!("http://127.0.0.1:{port}"),
            log,
        }
    }

    async fn ready(&mut self, client: &Client) {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(120) {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("instance exited ({status}): {}", self.log_tail());
            }
            if let Ok(r) = client.get(format!("{}/readyz", self.base)).send().await {
                if r.status() == StatusCode::OK {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        panic!("instance not ready in 120 s: {}", self.log_tail());
    }

    fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(30)..].join("\n")
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A server-function call as a page's script sends it, from the client address `ip`.
async fn call(
    client: &Client,
    base: &str,
    endpoint: &str,
    ip: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = client
        .post(format!("{base}/api/{endpoint}"))
        .header(header::ORIGIN, ORIGIN)
        .header("x-forwarded-for", format!("203.0.113.200, {ip}"))
        .form(form);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.send().await.unwrap()
}

#[test]
fn two_instances_share_sessions_throttles_bookings_and_the_outbox() {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(cluster());
}

async fn cluster() {
    let admin_url = std::env::var("TEST_POSTGRES_URL")
        .expect("TEST_POSTGRES_URL is not set: run scripts/test, which starts PostgreSQL");
    let name = format!("cluster_test_{}", std::process::id());
    let admin = sqlx::PgPool::connect(&admin_url).await.unwrap();
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&admin)
        .await
        .unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    let (server, _) = admin_url.rsplit_once('/').unwrap();
    let database_url = format!("{server}/{name}");

    let sink: Sink = Arc::default();
    let smtp = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let smtp_port = smtp.local_addr().unwrap().port();
    tokio::spawn(smtp_server(smtp, sink.clone()));
    let sms = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let sms_port = sms.local_addr().unwrap().port();
    tokio::spawn(sms_receiver(sms, sink.clone()));

    let dir = tempfile::tempdir().unwrap();
    let env = |demo: bool| {
        vec![
            ("DATABASE_URL", database_url.clone()),
            ("PUBLIC_BASE_URL", ORIGIN.to_string()),
            ("SITE_ROOT", dir.path().join("site").display().to_string()),
            ("DEMO_DATA", demo.to_string()),
            ("DEMO_PASSWORD", PASSWORD.to_string()),
            ("SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}")),
            (
                "SMS_GATEWAY_URL",
                format!("http://127.0.0.1:{sms_port}/sms"),
            ),
            ("CLIENT_IP_HEADER", "x-forwarded-for".to_string()),
            ("WORKER_INTERVAL_SECONDS", "1".to_string()),
            ("OUTBOX_LEASE_SECONDS", "30".to_string()),
            ("RUST_LOG", "warn".to_string()),
            ("PATH", std::env::var("PATH").unwrap_or_default()),
        ]
    };
    let client = Client::builder()
        .redirect(Policy::none())
        .timeout(Duration::from_secs(60))
        .pool_max_idle_per_host(64)
        .build()
        .unwrap();
    // A seeds the demo county (once); B starts on what A made.
    let (port_a, port_b) = (free_port(), free_port());
    let mut a = Instance::start("a", port_a, &env(true), dir.path());
    a.ready(&client).await;
    let mut b = Instance::start("b", port_b, &env(false), dir.path());
    b.ready(&client).await;

    let db = domain::Db::connect(&database_url).await.unwrap();
    let county = domain::county::by_slug(&db, "vestfold")
        .await
        .unwrap()
        .unwrap();

    // 1. A session made on A works on B.
    let login = call(
        &client,
        &a.base,
        "login",
        "198.51.100.1",
        None,
        &[
            ("lang", "nb"),
            ("email", "arne.admin@demo.neste-steg.no"),
            ("password", PASSWORD),
        ],
    )
    .await;
    assert!(login.status().is_success(), "{}", login.status());
    let session = login
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("neste_steg_session="))
        .map(|c| c.split(';').next().unwrap().to_string())
        .expect("a session cookie");
    let workplace = client
        .get(format!("{}/nb/staff", b.base))
        .header(header::COOKIE, &session)
        .send()
        .await
        .unwrap();
    assert_eq!(workplace.status(), StatusCode::OK, "the session works on B");
    let signed_out = client
        .get(format!("{}/nb/staff", b.base))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), StatusCode::SEE_OTHER);

    // 2. Wrong answer links count across both: 20 per address in 15 minutes.
    let guesser = "198.51.100.7";
    for n in 0..20 {
        let base = if n % 2 == 0 { &a.base } else { &b.base };
        let token = format!("made-up-{n}");
        let response = call(&client, base, "answer", guesser, None, &[("token", &token)]).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "guess {n}");
    }
    for base in [&a.base, &b.base] {
        let response = call(&client, base, "answer", guesser, None, &[("token", "x")]).await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    }
    let other = call(
        &client,
        &b.base,
        "answer",
        "198.51.100.8",
        None,
        &[("token", "x")],
    )
    .await;
    assert_eq!(
        other.status(),
        StatusCode::NOT_FOUND,
        "another address is not held"
    );

    // 3. An office edited on A shows on B within a second (B keeps the page in memory).
    let (_, before) = text(&client, &b.base, "/nb/kontakt").await;
    assert!(before.contains("<h2>Horten</h2>"), "{before}");
    let office = [
        ("form[slug]", "horten"),
        ("form[name]", "Horten sentrum"),
        ("form[street_address]", "Torget 2"),
        ("form[postal_code]", "3183"),
        ("form[city]", "Horten"),
        ("form[phone]", "+47 33 00 00 00"),
        ("form[email]", "ot.horten@vfk.no"),
        ("lang", "nb"),
    ];
    let saved = call(
        &client,
        &a.base,
        "update-department",
        "198.51.100.1",
        Some(&session),
        &office,
    )
    .await;
    assert!(saved.status().is_success(), "{}", saved.status());
    let edited = Instant::now();
    loop {
        let (_, html) = text(&client, &b.base, "/nb/kontakt").await;
        if html.contains("<h2>Horten sentrum</h2>") {
            break;
        }
        assert!(
            edited.elapsed() < Duration::from_secs(3),
            "B still shows the old office"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    println!(
        "office edited on A showed on B after {:?}",
        edited.elapsed()
    );

    // 4. 200 young people, each from their own answer link, race for one time over both.
    let staff = domain::staff::by_email(&db, county.id, "ingrid.haugen@demo.neste-steg.no")
        .await
        .unwrap()
        .unwrap();
    let horten = domain::department::by_slug(&db, county.id, "horten")
        .await
        .unwrap()
        .unwrap();
    let person = |i: usize, mobile: Option<String>, email: Option<String>| {
        domain::contact_request::NewContactRequest {
            department_id: horten.id,
            first_name: "Ung".into(),
            last_name: format!("Person{i}"),
            birth_date: chrono::NaiveDate::from_ymd_opt(2006, 3, 1).unwrap(),
            mobile,
            email,
            language: "nb".into(),
            municipality: "Horten".into(),
            guardian_name: None,
            guardian_mobile: None,
            guardian_email: None,
        }
    };
    let racers: Vec<_> = (0..200)
        .map(|i| person(i, Some(format!("+4792{i:06}")), None))
        .collect();
    let no_messages = |_: &domain::contact_request::NewContactRequest, _: &str, _: &str| Vec::new();
    let links = domain::contact_request::create_many(
        &db,
        county.id,
        staff.id,
        domain::contact_request::Source::Import,
        &racers,
        &Default::default(),
        &no_messages,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let larvik = domain::department::by_slug(&db, county.id, "larvik")
        .await
        .unwrap()
        .unwrap();
    let slot = domain::booking::free_slots(
        &db,
        county.id,
        larvik.id,
        Some(domain::booking::MeetingForm::Office),
        None,
        chrono::Utc::now(),
    )
    .await
    .unwrap()
    .remove(0);
    let slot_value = format!("{}@{}", slot.staff_id, slot.starts.timestamp());
    let race = links.iter().enumerate().map(|(i, link)| {
        let client = client.clone();
        let base = if i % 2 == 0 {
            a.base.clone()
        } else {
            b.base.clone()
        };
        let (token, slot) = (link.token.clone(), slot_value.clone());
        async move {
            let mobile = format!("92{i:06}");
            let ip = format!("10.1.{}.{}", i / 200, i % 200 + 1);
            call(
                &client,
                &base,
                "request-booking",
                &ip,
                None,
                &[
                    ("lang", "nb"),
                    ("from", "answer"),
                    ("token", &token),
                    ("office", "larvik"),
                    ("form", "office"),
                    ("slot", &slot),
                    ("first_name", "Ung"),
                    ("mobile", &mobile),
                    ("email", ""),
                ],
            )
            .await
            .status()
        }
    });
    let statuses = futures_join_all(race).await;
    let won = statuses
        .iter()
        .filter(|s| s.is_success() || s.is_redirection())
        .count();
    let taken = statuses
        .iter()
        .filter(|s| **s == StatusCode::CONFLICT)
        .count();
    assert_eq!((won, taken), (1, 199), "{statuses:?}");
    let domain::Db::Postgres(pool) = &db else {
        unreachable!()
    };
    let holders: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM booking WHERE staff_id = $1 AND starts_at = $2 AND state IN ('requested', 'confirmed')",
    )
    .bind(slot.staff_id)
    .bind(slot.starts)
    .fetch_one(pool)
    .await
    .unwrap();
    assert_eq!(holders, 1, "one booking holds the time");

    // 5. A contact round of 1 000 messages, half by SMS and half by e-mail, while B is killed.
    let round: Vec<_> = (0..MESSAGES)
        .map(|i| {
            if i % 2 == 0 {
                person(1000 + i, Some(format!("+4793{i:06}")), None)
            } else {
                person(1000 + i, None, Some(format!("ung{i}@example.no")))
            }
        })
        .collect();
    let today = chrono::Utc::now().date_naive();
    let compose = |r: &domain::contact_request::NewContactRequest, token: &str, code: &str| {
        app::messages::contact_request(ORIGIN, &county.service_name, r, token, code, today)
    };
    // The receivers see an e-mail's key with `.` for `:` (a Message-ID's local part).
    let sent_at_start = sink.lock().unwrap().arrivals.len();
    let created = domain::contact_request::create_many(
        &db,
        county.id,
        staff.id,
        domain::contact_request::Source::Import,
        &round,
        &Default::default(),
        &compose,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let enqueued = Instant::now();
    let keys: HashSet<String> = created
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let key = format!(
                "contact-request:{}",
                &domain::secret::token_hash(&c.token)[..24]
            );
            if i % 2 == 0 {
                key
            } else {
                key.replace(':', ".")
            }
        })
        .collect();
    assert_eq!(keys.len(), MESSAGES);
    let arrived = |sink: &Sink| {
        let sink = sink.lock().unwrap();
        keys.iter()
            .filter(|k| sink.arrivals.contains_key(*k))
            .count()
    };
    while arrived(&sink) < MESSAGES / 2 {
        assert!(
            enqueued.elapsed() < Duration::from_secs(120),
            "half the round did not arrive in 120 s: {}",
            arrived(&sink)
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let half = enqueued.elapsed();
    let b_pid = b.pid();
    b.child.kill().unwrap();
    b.child.wait().unwrap();
    let killed = Instant::now();
    // What B's worker held when it died: taken over only when its lease runs out.
    let held: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, idempotency_key FROM outbox_message WHERE status = 'pending' AND locked_by LIKE $1",
    )
    .bind(format!("{b_pid}-%"))
    .fetch_all(pool)
    .await
    .unwrap();
    let arrived_at_kill = arrived(&sink);
    drop(b);
    let mut b = Instance::start("b", port_b, &env(false), dir.path());
    b.ready(&client).await;
    let restarted = killed.elapsed();

    loop {
        let unsent: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox_message WHERE status <> 'sent' AND idempotency_key LIKE 'contact-request:%'",
        )
        .fetch_one(pool)
        .await
        .unwrap();
        if unsent == 0 && arrived(&sink) == MESSAGES {
            break;
        }
        assert!(
            killed.elapsed() < Duration::from_secs(150),
            "{unsent} messages unsent, {} of {MESSAGES} arrived, 150 s after the kill",
            arrived(&sink)
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let all_done = enqueued.elapsed();
    // A copy, so that no lock is held across the clean-up's awaits.
    let received = std::mem::take(&mut *sink.lock().unwrap());
    let raw: u32 = keys.iter().map(|k| received.arrivals[k].0).sum();
    let duplicates = raw as usize - MESSAGES;
    // Every key arrived; de-duplicated by key, each is there exactly once (that is the set), and
    // the only repeats possible are of what the killed worker held: one message at a time.
    assert!(
        duplicates <= held.len(),
        "{duplicates} raw duplicates, but the killed worker held {}",
        held.len()
    );
    let waits: Vec<String> = held
        .iter()
        .map(|(id, key)| {
            let seen = received
                .arrivals
                .get(key)
                .or_else(|| received.arrivals.get(&key.replace(':', ".")));
            match seen {
                Some((n, last)) if *last > killed => format!(
                    "message {id} arrived {n} time(s), the last {:.1} s after the kill",
                    last.duration_since(killed).as_secs_f64()
                ),
                Some((n, _)) => format!("message {id} arrived {n} time(s), all before the kill"),
                None => format!("message {id} never arrived"),
            }
        })
        .collect();
    println!(
        "contact round: {MESSAGES} messages ({} other keys seen before); half arrived after {half:?}, \
         B killed with {arrived_at_kill} arrived and {} message(s) in hand; B ready again after {restarted:?}; \
         all {MESSAGES} sent and received after {all_done:?}; {raw} raw arrivals, {duplicates} duplicate(s), \
         0 after de-duplication by key; the killed worker's: {}",
        sent_at_start,
        held.len(),
        if waits.is_empty() {
            "none held".to_string()
        } else {
            waits.join("; ")
        }
    );
    drop(a);
    drop(b);
    db.close().await;
    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&admin)
        .await;
}

async fn text(client: &Client, base: &str, path: &str) -> (StatusCode, String) {
    let response = client.get(format!("{base}{path}")).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

/// Runs futures at once on the runtime (tokio tasks; no extra crate for `join_all`).
async fn futures_join_all<F>(futures: impl Iterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future + Send + 'static,
    F::Output: Send + 'static,
{
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(handles.len());
    for handle in handles {
        out.push(handle.await.unwrap());
    }
    out
}
