//! The staff command line, run as the real binary against a real SQLite file.

use std::{
    io::Write,
    process::{Command, Stdio},
};

use server::{config::Config, startup::Application};

fn neste_steg(data_dir: &str, args: &[&str], stdin: &str) -> (bool, String) {
    neste_steg_with(data_dir, &[], args, stdin)
}

/// The binary with only `DATA_DIR` and `env` set, as on a server with a clean environment.
fn neste_steg_with(
    data_dir: &str,
    env: &[(&str, &str)],
    args: &[&str],
    stdin: &str,
) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_neste-steg"))
        .args(args)
        .env_clear()
        .env("DATA_DIR", data_dir)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

/// A start in demo mode on `data`: it seeds the county and its staff.
fn demo_config(data: &str) -> Config {
    Config::from_lookup(|name| match name {
        "DATA_DIR" => Some(data.to_string()),
        "LISTEN_ADDR" => Some("127.0.0.1:0".into()),
        "DEMO_DATA" => Some("true".into()),
        _ => None,
    })
    .unwrap()
}

#[test]
fn the_first_administrator_is_made_on_the_command_line_and_can_log_in() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().display().to_string();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    // The county comes from a first start with demo data.
    runtime.block_on(async {
        let config = demo_config(&data);
        drop(Application::build(config).await.unwrap());
    });

    let create = [
        "staff",
        "create",
        "--email",
        "Ny.Admin@vfk.no",
        "--name",
        "Ny Admin",
    ];
    let (ok, text) = neste_steg(&data, &create, "kort\n");
    assert!(!ok, "a short password was accepted: {text}");
    assert!(text.contains("12 to 200 characters"), "{text}");

    let (ok, text) = neste_steg(&data, &create, "et langt og godt passord\n");
    assert!(ok, "{text}");
    assert!(
        text.contains("ny.admin@vfk.no") && text.contains("administrator"),
        "{text}"
    );
    // The password never appears in what the command prints.
    assert!(!text.contains("et langt og godt passord"));

    let (ok, text) = neste_steg(&data, &create, "et langt og godt passord\n");
    assert!(!ok, "the same e-mail twice: {text}");

    let (ok, text) = neste_steg(
        &data,
        &[
            "staff", "create", "--email", "x@vfk.no", "--name", "X", "--role", "boss",
        ],
        "et langt og godt passord\n",
    );
    assert!(!ok && text.contains("unknown role"), "{text}");

    let (ok, text) = neste_steg(
        &data,
        &["staff", "reset-password", "--email", "ny.admin@vfk.no"],
        "et nytt og langt passord\n",
    );
    assert!(ok, "{text}");

    runtime.block_on(async {
        let db = domain::Db::connect(&format!("sqlite://{data}/neste-steg.db"))
            .await
            .unwrap();
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let policy = domain::login::ThrottlePolicy::default();
        let now = chrono::Utc::now();
        let login = |password: &'static str| {
            domain::login::authenticate(
                &db,
                county.id,
                "ny.admin@vfk.no",
                password,
                "127.0.0.1",
                policy,
                now,
            )
        };
        assert!(
            login("et langt og godt passord").await.is_err(),
            "the old password still works"
        );
        let admin = login("et nytt og langt passord").await.unwrap();
        assert_eq!(admin.role, domain::staff::Role::Administrator);
        let events = domain::audit::search(
            &db,
            county.id,
            None,
            Some(("staff", &admin.id.to_string())),
            10,
        )
        .await
        .unwrap();
        let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
        // The first password and the new one, both set from the command line (no staff member).
        assert_eq!(
            actions,
            ["staff.password", "staff.password", "staff.create"]
        );
        assert!(events.iter().all(|e| e.staff_id.is_none()), "{events:?}");
    });
}

#[test]
fn a_backup_taken_while_the_portal_writes_restores_to_the_same_data() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (db, county) = runtime.block_on(async {
        let config = demo_config(&data);
        drop(Application::build(config).await.unwrap());
        let db = domain::Db::connect(&format!("sqlite://{data}/neste-steg.db"))
            .await
            .unwrap();
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        (db, county)
    });
    // Someone keeps writing while the copy is taken: the copy is one consistent moment.
    let writer = {
        let db = db.clone();
        runtime.spawn(async move {
            for n in 0..200 {
                domain::throttle::allow(
                    &db,
                    "backup-test",
                    &n.to_string(),
                    domain::throttle::Limit::per_hour(5),
                    chrono::Utc::now(),
                )
                .await
                .unwrap();
            }
        })
    };
    let copy = dir.path().join("copy.db").display().to_string();
    let (ok, text) = neste_steg(&data, &["backup", "--to", &copy], "");
    assert!(ok, "{text}");
    runtime.block_on(writer).unwrap();
    let (ok, text) = neste_steg(&data, &["backup", "--to", &copy], "");
    assert!(
        !ok && text.contains("exists already"),
        "never overwrites: {text}"
    );

    // Restore: the copy opens as a database of its own with the county and its staff.
    runtime.block_on(async {
        let restored = domain::Db::connect(&format!("sqlite://{copy}"))
            .await
            .unwrap();
        let again = domain::county::by_slug(&restored, "vestfold")
            .await
            .unwrap()
            .expect("the county is in the copy");
        assert_eq!(again, county);
        assert_eq!(
            domain::staff::list(&restored, county.id).await.unwrap(),
            domain::staff::list(&db, county.id).await.unwrap()
        );
    });
}

#[test]
fn outside_demo_mode_the_server_will_not_start_with_messages_that_cannot_leave() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().display().to_string();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        // The county must exist: seed it once in demo mode.
        let demo = demo_config(&data);
        drop(Application::build(demo).await.unwrap());
        let real = |keep: Option<&'static str>| {
            Config::from_lookup(|name| match name {
                "DATA_DIR" => Some(data.clone()),
                "LISTEN_ADDR" => Some("127.0.0.1:0".into()),
                "KEEP_UNSENT_MESSAGES" => keep.map(str::to_string),
                _ => None,
            })
            .unwrap()
        };
        let refused = Application::build(real(None)).await;
        let err = refused.err().expect("no transport, no start").to_string();
        assert!(err.contains("KEEP_UNSENT_MESSAGES"), "{err}");
        assert!(Application::build(real(Some("true"))).await.is_ok());
        // Kept means kept: that instance's worker leases no message it cannot deliver (they are
        // not put in the demo mailbox and marked sent), while demo mode delivers everything there.
        let db = domain::Db::connect(&format!("sqlite://{data}/neste-steg.db"))
            .await
            .unwrap();
        let kept = server::jobs::Transports::from_config(
            &real(Some("true")),
            db.clone(),
            "https://ot.test",
        )
        .unwrap();
        assert_eq!(
            kept.channels(),
            domain::outbox::Channels {
                email: false,
                sms: false
            }
        );
        let demo =
            server::jobs::Transports::from_config(&demo_config(&data), db, "https://ot.test")
                .unwrap();
        assert_eq!(demo.channels(), domain::outbox::Channels::ALL);
    });
}

#[test]
fn a_stopping_worker_takes_no_new_message_and_leaves_them_for_the_next() {
    use domain::contact_request::{self, ContactPolicy, ContactRequestInput};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().display().to_string();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let config = demo_config(&data);
        drop(Application::build(demo_config(&data)).await.unwrap());
        let db = domain::Db::connect(&format!("sqlite://{data}/neste-steg.db"))
            .await
            .unwrap();
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let ingrid = domain::staff::by_email(&db, county.id, "ingrid.haugen@demo.neste-steg.no")
            .await
            .unwrap()
            .unwrap();
        let departments: Vec<(i64, String)> = domain::department::list(&db, county.id)
            .await
            .unwrap()
            .into_iter()
            .map(|d| (d.id, d.slug))
            .collect();
        let today = chrono::Utc::now().date_naive();
        let valid: Vec<_> = ["Ada", "Bo", "Cy"]
            .into_iter()
            .map(|first| {
                let input = ContactRequestInput {
                    first_name: first.into(),
                    last_name: "Nilsen".into(),
                    birth_date: "2007-03-14".into(),
                    mobile: "91234567".into(),
                    language: "nb".into(),
                    municipality: "Horten".into(),
                    department: "horten".into(),
                    ..Default::default()
                };
                contact_request::validate(&input, &departments, today).unwrap()
            })
            .collect();
        let compose = |r: &domain::contact_request::NewContactRequest, token: &str, _: &str| {
            vec![domain::outbox::NewMessage {
                idempotency_key: format!("first:{token}"),
                channel: "sms".into(),
                recipient: r.mobile.clone().unwrap_or_default(),
                subject: String::new(),
                body: format!("Hei {}!", r.first_name),
                attachment: None,
            }]
        };
        contact_request::create_many(
            &db,
            county.id,
            ingrid.id,
            contact_request::Source::Form,
            &valid,
            &ContactPolicy::default(),
            &compose,
            chrono::Utc::now(),
        )
        .await
        .unwrap();
        let worker = server::jobs::Worker {
            db: db.clone(),
            transports: server::jobs::Transports::from_config(
                &config,
                db.clone(),
                "http://127.0.0.1",
            )
            .unwrap(),
            policy: Default::default(),
            contact_policy: ContactPolicy::default(),
            origin: "http://127.0.0.1".into(),
            service_name: "OT".into(),
            interval: std::time::Duration::from_secs(60),
            id: "test-worker".into(),
            county_id: county.id,
            retention: Default::default(),
        };
        let pending = |db: domain::Db| async move {
            domain::outbox::counts(&db)
                .await
                .unwrap()
                .into_iter()
                .find(|(status, _)| status == "pending")
                .map_or(0, |(_, n)| n)
        };
        let waiting = pending(db.clone()).await;
        assert!(waiting >= 3, "{waiting}");
        // Told to stop: it takes no message, and leaves them all for the next round or instance.
        // (A round also queues the demo data's reminders that fall due as the clock moves, so
        // the counts may grow between rounds; they never shrink without a send.)
        let (_stopping, stop) = tokio::sync::watch::channel(true);
        assert_eq!(worker.run_once_until(&stop).await.unwrap(), 0);
        let left = pending(db.clone()).await;
        assert!(left >= waiting, "{left} < {waiting}");
        // Running: it sends them all.
        let sent = worker.run_once().await.unwrap() as i64;
        assert!(sent >= left, "{sent} < {left}");
        assert_eq!(pending(db.clone()).await, 0);
    });
}

#[test]
fn a_county_is_set_up_without_demo_data_and_serves_its_own_offices() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").display().to_string();
    let agder = [("COUNTY", "agder")];
    let run = |args: &[&str], stdin: &str| neste_steg_with(&data, &agder, args, stdin);
    let admin = [
        "staff",
        "create",
        "--email",
        "forste.admin@agder.test",
        "--name",
        "Første Admin",
    ];

    // Nothing exists yet: the command says what to do first.
    let (ok, text) = run(&admin, "et langt og godt passord\n");
    assert!(!ok && text.contains("neste-steg county create"), "{text}");

    let county = |email: &'static str| {
        [
            "county",
            "create",
            "--name",
            "Agder fylkeskommune",
            "--service-name",
            "Oppfølgingstjenesten i Agder",
            "--phone",
            "+47 38 00 00 00",
            "--email",
            email,
        ]
    };
    let (ok, text) = run(&county("ikke-en-adresse"), "");
    assert!(!ok && text.contains("invalid email"), "{text}");
    let (ok, text) = neste_steg_with(
        &data,
        &[("COUNTY", "Agder Sør")],
        &county("ot@agder.test"),
        "",
    );
    assert!(!ok && text.contains("must be a slug"), "{text}");
    let (ok, text) = run(&county("ot@agder.test"), "");
    assert!(ok && text.contains("Agder fylkeskommune (agder)"), "{text}");
    let (ok, text) = run(&county("ot@agder.test"), "");
    assert!(!ok && text.contains("county slug taken"), "{text}");

    let office = |slug: &'static str, postal_code: &'static str| {
        [
            "department",
            "create",
            "--slug",
            slug,
            "--name",
            "OT Kristiansand",
            "--street-address",
            "Tordenskjolds gate 65",
            "--postal-code",
            postal_code,
            "--city",
            "Kristiansand",
            "--phone",
            "38 07 40 00",
            "--email",
            "ot.kristiansand@agder.test",
        ]
    };
    let (ok, text) = run(&office("kristiansand", "46"), "");
    assert!(!ok && text.contains("invalid postal_code"), "{text}");
    let (ok, text) = run(&office("Kristiansand Sentrum", "4612"), "");
    assert!(!ok && text.contains("invalid slug"), "{text}");
    let (ok, text) = run(&office("kristiansand", "4612"), "");
    assert!(
        ok && text.contains("OT Kristiansand (kristiansand)"),
        "{text}"
    );
    let (ok, text) = run(&office("kristiansand", "4612"), "");
    assert!(!ok && text.contains("department slug taken"), "{text}");

    let (ok, text) = run(&admin, "et langt og godt passord\n");
    assert!(ok && text.contains("as administrator"), "{text}");

    // The portal starts on it without demo data and shows Agder's own office and name.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let site = dir.path().join("site").display().to_string();
    let listen = format!("127.0.0.1:{port}");
    let _server = Stopped(
        Command::new(env!("CARGO_BIN_EXE_neste-steg"))
            .env_clear()
            .env("DATA_DIR", &data)
            .env("COUNTY", "agder")
            .env("SITE_ROOT", &site)
            .env("LISTEN_ADDR", &listen)
            .env("KEEP_UNSENT_MESSAGES", "true")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let base = format!("http://{listen}");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .unwrap();
        let mut ready = false;
        for _ in 0..300 {
            if let Ok(r) = client.get(format!("{base}/readyz")).send().await {
                if r.status().is_success() {
                    ready = true;
                    break;
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert!(ready, "the portal did not become ready");
        let page = |path: &'static str| {
            let client = client.clone();
            let url = format!("{base}{path}");
            async move {
                let response = client
                    .get(url)
                    .header("accept", "text/html")
                    .send()
                    .await
                    .unwrap();
                (response.status().as_u16(), response.text().await.unwrap())
            }
        };
        let (status, contact) = page("/nb/kontakt").await;
        assert_eq!(status, 200);
        assert!(
            contact.contains("OT Kristiansand") && contact.contains("Tordenskjolds gate 65"),
            "{contact}"
        );
        // The national figures are everyone's; Vestfold's annual report is Vestfold's.
        let (_, figures) = page("/nb/tall").await;
        assert!(
            figures.contains("Trøndelag") && !figures.contains("Vestfold 15. juni 2024"),
            "{figures}"
        );
        for path in [
            "/nb",
            "/nb/kontakt",
            "/nb/bestill",
            "/nb/ot-rad",
            "/nb/tall",
        ] {
            let (status, body) = page(path).await;
            assert_eq!(status, 200, "{path}");
            assert!(body.contains("Oppfølgingstjenesten i Agder"), "{path}");
            assert!(
                !body.contains("Oppfølgingstjenesten i Vestfold")
                    && !body.contains("demo.neste-steg.no")
                    && !body.contains("Horten"),
                "{path} shows demo data"
            );
        }
        // The first administrator logs in and reaches the new office's page, where its opening
        // hours are set.
        let login = client
            .post(format!("{base}/api/login"))
            .header("origin", &base)
            .header("accept", "text/html")
            .form(&[
                ("lang", "nb"),
                ("email", "forste.admin@agder.test"),
                ("password", "et langt og godt passord"),
            ])
            .send()
            .await
            .unwrap();
        let cookie = login
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("neste_steg_session="))
            .map(|c| c.split(';').next().unwrap().to_string())
            .expect("the administrator is logged in");
        let office = client
            .get(format!("{base}/nb/staff/admin/departments/kristiansand"))
            .header("accept", "text/html")
            .header("cookie", cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(office.status(), 200);
        assert!(office
            .text()
            .await
            .unwrap()
            .contains("Tordenskjolds gate 65"));

        // Each step of the set-up is in the audit log, made by the command line (nobody).
        let db = domain::Db::connect(&format!("sqlite://{data}/neste-steg.db"))
            .await
            .unwrap();
        let county = domain::county::by_slug(&db, "agder")
            .await
            .unwrap()
            .unwrap();
        let events = domain::audit::search(&db, county.id, None, None, 20)
            .await
            .unwrap();
        let mut actions: Vec<&str> = events
            .iter()
            .filter(|e| e.staff_id.is_none())
            .map(|e| e.action.as_str())
            .collect();
        actions.sort_unstable();
        assert!(
            ["county.create", "department.create", "staff.create"]
                .iter()
                .all(|a| actions.contains(a)),
            "{actions:?}"
        );
        db.close().await;
    });
}

/// A server process that is stopped however its test ends.
struct Stopped(std::process::Child);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
