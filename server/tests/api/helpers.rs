//! What every area's tests share: the one runtime, a server on a free port with a fresh SQLite
//! file and a stand-in site, and the ways of speaking to it (as a browser, as the page's script,
//! as staff logged in without JavaScript).

use std::{collections::HashMap, path::Path};

use reqwest::{header, redirect::Policy, Client, StatusCode};
use server::{config::Config, startup::Application};

/// One runtime for every test in this binary. Leptos keeps process-wide state (its executor, its
/// reactive owner), so servers started on short-lived per-test runtimes can stall each other.
static RUNTIME: std::sync::LazyLock<tokio::runtime::Runtime> = std::sync::LazyLock::new(|| {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap()
});

pub fn run<F: std::future::Future>(test: F) -> F::Output {
    RUNTIME.block_on(test)
}

pub const DEMO_PASSWORD: &str = "http test passord 2026";

pub struct TestApp {
    pub base: String,
    /// `http://…/metrics` when the test set METRICS_ADDR.
    pub metrics: Option<String>,
    pub client: Client,
    pub _dir: tempfile::TempDir,
}

/// Writes a stand-in for the built site: hashed names, precompressed twins, the hash file.
pub fn fake_site(root: &Path) {
    let pkg = root.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(
        pkg.join("hash.txt"),
        "js: jshash\nwasm: wasmhash\ncss: csshash\n",
    )
    .unwrap();
    std::fs::write(
        pkg.join("neste_steg.jshash.js"),
        "export default function(){}",
    )
    .unwrap();
    std::fs::write(pkg.join("neste_steg.jshash.js.br"), b"brotli bytes").unwrap();
    std::fs::write(pkg.join("neste_steg.jshash.js.gz"), b"gzip bytes").unwrap();
    std::fs::write(pkg.join("neste_steg.csshash.css"), "body{}").unwrap();
}

pub async fn spawn_app_with(database_url: Option<String>) -> TestApp {
    spawn_app_with_vars(database_url, &[]).await
}

pub async fn spawn_app_with_vars(
    database_url: Option<String>,
    extra: &[(&'static str, &str)],
) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    fake_site(&dir.path().join("site"));
    let mut vars = HashMap::from([
        ("LISTEN_ADDR", "127.0.0.1:0".to_string()),
        ("DATA_DIR", dir.path().join("data").display().to_string()),
        ("SITE_ROOT", dir.path().join("site").display().to_string()),
        ("DEMO_DATA", "true".to_string()),
        ("DEMO_PASSWORD", DEMO_PASSWORD.to_string()),
    ]);
    if let Some(url) = database_url {
        vars.insert("DATABASE_URL", url);
    }
    for (name, value) in extra {
        vars.insert(name, value.to_string());
    }
    let config = Config::from_lookup(|name| vars.get(name).cloned()).unwrap();
    let app = Application::build(config)
        .await
        .expect("the application starts");
    let base = format!("http://127.0.0.1:{}", app.port());
    let metrics = app
        .metrics_port()
        .map(|port| format!("http://127.0.0.1:{port}/metrics"));
    tokio::spawn(app.run_until(std::future::pending()));
    // No request may hang the suite: a stuck one fails its test instead (see `get`).
    let client = Client::builder()
        .redirect(Policy::none())
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .unwrap();
    TestApp {
        base,
        metrics,
        client,
        _dir: dir,
    }
}

/// A server on a fresh PostgreSQL database `name` (on TEST_POSTGRES_URL's server, which
/// scripts/test starts), and a connection of the test's own to it.
pub async fn spawn_app_on_postgres(name: &str) -> (TestApp, domain::Db) {
    let admin_url = std::env::var("TEST_POSTGRES_URL")
        .expect("TEST_POSTGRES_URL is not set: run scripts/test, which starts PostgreSQL");
    let name = format!("{name}_{}", std::process::id());
    let admin = sqlx::PgPool::connect(&admin_url).await.unwrap();
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name}"))
        .execute(&admin)
        .await
        .unwrap();
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&admin)
        .await
        .unwrap();
    let (base, _) = admin_url.rsplit_once('/').unwrap();
    let url = format!("{base}/{name}");
    let app = spawn_app_with(Some(url.clone())).await;
    let db = domain::Db::connect(&url).await.unwrap();
    (app, db)
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(None).await
}

impl TestApp {
    /// A GET as a browser's navigation sends it (Accept: text/html).
    ///
    /// Many servers share this test process (and Leptos's process-wide executor); about one
    /// run in ten, one server-rendered page among them never completes (leptos-rs/leptos#4851).
    /// The real binary under load does not show it (bench/answer-load.sh: tens of thousands of
    /// pages, none stuck), so a stuck page is retried once here, loudly, instead of hanging CI.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        let send = || {
            self.client
                .get(format!("{}{path}", self.base))
                .header(header::ACCEPT, "text/html,*/*;q=0.8")
                .timeout(std::time::Duration::from_secs(15))
                .send()
        };
        match send().await {
            Ok(response) => response,
            Err(err) if err.is_timeout() => {
                eprintln!("warning: GET {path} did not complete in 15 s; retrying once");
                send().await.unwrap()
            }
            Err(err) => panic!("GET {path}: {err}"),
        }
    }

    pub async fn text(&self, path: &str) -> (StatusCode, String) {
        let response = self.get(path).await;
        (response.status(), response.text().await.unwrap())
    }

    /// A page opened by a browser that holds `cookie`.
    pub async fn get_with(&self, path: &str, cookie: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .header(header::ACCEPT, "text/html")
            .header(header::COOKIE, cookie)
            .send()
            .await
            .unwrap()
    }

    /// The token of the newest answer link the worker delivered to the demo mailbox.
    pub async fn answer_token_in_mailbox(&self, db: &domain::Db, county_id: i64) -> String {
        for _ in 0..100 {
            let messages = domain::outbox::demo_mailbox(db, county_id, 10)
                .await
                .unwrap();
            let token = messages.iter().find_map(|m| {
                m.body
                    .split("/svar/")
                    .nth(1)
                    .map(|rest| rest.split_whitespace().next().unwrap().to_string())
            });
            if let Some(token) = token {
                return token;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        panic!("no answer link reached the demo mailbox");
    }

    pub fn post(&self, path: &str) -> reqwest::RequestBuilder {
        self.client.post(format!("{}{path}", self.base))
    }
}

/// Logs in the way a browser without JavaScript does: a form post to the server function.
pub async fn form_login(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.post("/api/login")
        .header(header::ORIGIN, &app.base)
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, format!("{}/nb/staff/login", app.base))
        .form(&[("lang", "nb"), ("email", email), ("password", password)])
        .send()
        .await
        .unwrap()
}

pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("neste_steg_session="))
        .map(|c| c.split(';').next().unwrap().to_string())
}

pub async fn session_of(app: &TestApp, email: &str) -> String {
    let response = form_login(app, email, DEMO_PASSWORD).await;
    session_cookie(&response).unwrap_or_else(|| panic!("{email} could not log in"))
}

/// Calls a server function as the page's own script does (fetch, form-encoded).
pub async fn call(
    app: &TestApp,
    endpoint: &str,
    cookie: Option<&str>,
    form: &[(&str, &str)],
) -> (StatusCode, String) {
    let mut request = app
        .post(&format!("/api/{endpoint}"))
        .header(header::ORIGIN, &app.base)
        .form(form);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let response = request.send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

/// A client that connects from its own loopback address (127.0.0.2, 127.0.0.3 …), as another
/// person's phone would: per-client limits are tested with two or more of these.
pub fn client_from(ip: &str) -> Client {
    Client::builder()
        .redirect(Policy::none())
        .local_address(ip.parse::<std::net::IpAddr>().unwrap())
        .timeout(std::time::Duration::from_secs(60))
        .build()
        .unwrap()
}

impl TestApp {
    /// The server's own SQLite file, for setting up what the test needs and reading what it did.
    pub async fn db(&self) -> domain::Db {
        domain::Db::connect(&format!(
            "sqlite://{}/data/neste-steg.db",
            self._dir.path().display()
        ))
        .await
        .unwrap()
    }

    /// Calls a server function from `client`, as the page's own script does.
    pub async fn call_from(
        &self,
        client: &Client,
        endpoint: &str,
        cookie: Option<&str>,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut request = client
            .post(format!("{}/api/{endpoint}", self.base))
            .header(header::ORIGIN, &self.base)
            .form(form);
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        request.send().await.unwrap()
    }
}

/// What an attacker types as a name or a title to leave the page through its `<title>`: the
/// page would redirect to another host if the title were not escaped.
pub const TITLE_PAYLOAD: &str = "</title><meta http-equiv=refresh content=0;url=//elsewhere/x>";

/// Asserts that `html`'s `<title>` holds `TITLE_PAYLOAD` as text and the head no markup of it.
pub fn assert_title_is_text(html: &str, page: &str) {
    let start = html
        .find("<title>")
        .unwrap_or_else(|| panic!("{page}: no <title>"));
    let end = start
        + html[start..]
            .find("</title>")
            .unwrap_or_else(|| panic!("{page}: no </title>"));
    let title = &html[start + "<title>".len()..end];
    assert!(
        title.contains("&lt;/title&gt;&lt;meta http-equiv=refresh content=0;url=//elsewhere/x&gt;"),
        "{page}: the title is not the escaped payload: {title}"
    );
    assert!(
        !html.contains("<meta http-equiv"),
        "{page}: the payload became markup"
    );
}
