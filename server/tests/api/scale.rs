//! Scale (issue 15): public pages from memory with an entity tag, dropped when an office changes
//! through any instance; the metrics listener and the series that must move.

use std::io::Read;

use reqwest::{header, StatusCode};
use sha2::{Digest, Sha256};

use crate::helpers::{call, run, session_of, spawn_app, spawn_app_with_vars, TestApp};

/// `sha256-…` of each inline script, computed here independently of the server's own code.
fn script_hashes(html: &str) -> Vec<String> {
    use base64::Engine;
    html.split("<script")
        .skip(1)
        .filter_map(|rest| {
            let (tag, after) = rest.split_once('>')?;
            let (text, _) = after.split_once("</script>")?;
            (!tag.contains("src=")).then(|| {
                format!(
                    "sha256-{}",
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text))
                )
            })
        })
        .collect()
}

async fn get_with(
    app: &TestApp,
    path: &str,
    headers: &[(header::HeaderName, &str)],
) -> reqwest::Response {
    let mut request = app.client.get(format!("{}{path}", app.base));
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    request.send().await.unwrap()
}

#[test]
fn public_pages_come_from_memory_with_an_etag_and_the_same_headers() {
    run(async {
        let app = spawn_app().await;
        for path in ["/nb/rettigheter", "/ar/foresatte", "/nb", "/se/kontakt"] {
            let first = app.get(path).await;
            assert_eq!(first.status(), StatusCode::OK, "{path}");
            let headers = first.headers().clone();
            let etag = headers[header::ETAG].to_str().unwrap().to_string();
            let request_id = headers["x-request-id"].to_str().unwrap().to_string();
            assert_eq!(headers[header::CACHE_CONTROL], "no-cache", "{path}");
            assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY", "{path}");
            assert_eq!(headers[header::REFERRER_POLICY], "same-origin", "{path}");
            assert!(headers.contains_key("permissions-policy"), "{path}");
            let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
            let html = first.text().await.unwrap();
            // A kept page is sent to many: no nonce, and its own scripts allowed by their hash.
            assert!(
                !policy.contains("nonce") && !html.contains("nonce="),
                "{policy}"
            );
            assert!(!policy.contains("unsafe-inline"), "{policy}");
            assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
            let hashes = script_hashes(&html);
            assert!(
                hashes.len() >= 2,
                "{path}: Leptos's scripts and the island loader"
            );
            for hash in hashes {
                assert!(
                    policy.contains(&format!("'{hash}'")),
                    "{path}: {hash} in {policy}"
                );
            }

            let second = app.get(path).await;
            assert_eq!(second.headers()[header::ETAG], etag.as_str(), "{path}");
            assert_ne!(
                second.headers()["x-request-id"],
                request_id.as_str(),
                "{path}"
            );
            assert_eq!(second.text().await.unwrap(), html, "{path}");

            let not_modified = get_with(&app, path, &[(header::IF_NONE_MATCH, &etag)]).await;
            assert_eq!(not_modified.status(), StatusCode::NOT_MODIFIED, "{path}");
            assert_eq!(not_modified.headers()[header::ETAG], etag.as_str());
            assert!(not_modified.headers().contains_key("x-request-id"));
            assert!(not_modified.bytes().await.unwrap().is_empty());
            let other = get_with(&app, path, &[(header::IF_NONE_MATCH, "W/\"other\"")]).await;
            assert_eq!(other.status(), StatusCode::OK);

            let brotli = get_with(
                &app,
                path,
                &[(header::ACCEPT_ENCODING, "gzip, deflate, br")],
            )
            .await;
            assert_eq!(brotli.headers()[header::CONTENT_ENCODING], "br");
            assert_eq!(brotli.headers()[header::VARY], "accept-encoding");
            let mut text = String::new();
            brotli::Decompressor::new(&brotli.bytes().await.unwrap()[..], 4096)
                .read_to_string(&mut text)
                .unwrap();
            assert_eq!(text, html, "{path}: brotli");
            let gzip = get_with(&app, path, &[(header::ACCEPT_ENCODING, "gzip")]).await;
            assert_eq!(gzip.headers()[header::CONTENT_ENCODING], "gzip");
            let mut text = String::new();
            flate2::read::GzDecoder::new(&gzip.bytes().await.unwrap()[..])
                .read_to_string(&mut text)
                .unwrap();
            assert_eq!(text, html, "{path}: gzip");

            let head = app
                .client
                .head(format!("{}{path}", app.base))
                .send()
                .await
                .unwrap();
            assert_eq!(head.status(), StatusCode::OK);
            assert_eq!(head.headers()[header::ETAG], etag.as_str());
            assert_eq!(
                head.headers()[header::CONTENT_LENGTH],
                html.len().to_string().as_str()
            );
        }
        let (_, arabic) = app.text("/ar/foresatte").await;
        assert!(arabic.contains("lang=\"ar\" dir=\"rtl\""));

        // Anything personal or unusual is rendered as before, with a fresh nonce.
        let staff = session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        for response in [
            app.get_with("/nb/rettigheter", &staff).await,
            app.get("/nb/rettigheter?utskrift=1").await,
            app.get_with("/nb/kontakt", "kept_form=abc").await,
        ] {
            assert_eq!(response.status(), StatusCode::OK);
            assert!(!response.headers().contains_key(header::ETAG));
            let policy = response.headers()[header::CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .to_string();
            assert!(policy.contains("'nonce-"), "{policy}");
        }
    });
}

/// An office changed through another instance: this one shows it within about a second, and
/// until the version moves it keeps serving what it rendered (so it really is from memory).
#[test]
fn an_office_changed_through_another_instance_shows_within_a_second() {
    run(async {
        let app = spawn_app().await;
        let (_, before) = app.text("/nb/kontakt").await;
        assert!(before.contains("<h2>Tønsberg</h2>"));
        let sqlite = match app.db().await {
            domain::Db::Sqlite(pool) => pool,
            domain::Db::Postgres(_) => unreachable!(),
        };
        // The row changes but the version does not: the kept page stays.
        sqlx::query("UPDATE department SET name = 'Tønsberg torg' WHERE slug = 'tonsberg'")
            .execute(&sqlite)
            .await
            .unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(1200)).await;
        let (_, kept) = app.text("/nb/kontakt").await;
        assert!(kept.contains("<h2>Tønsberg</h2>"), "served from memory");
        // What another instance's `department::update` commits with its change.
        sqlx::query("UPDATE county SET content_version = content_version + 1")
            .execute(&sqlite)
            .await
            .unwrap();
        let bumped = std::time::Instant::now();
        loop {
            let (_, html) = app.text("/nb/kontakt").await;
            if html.contains("<h2>Tønsberg torg</h2>") {
                break;
            }
            assert!(
                bumped.elapsed() < std::time::Duration::from_millis(2500),
                "the change did not show within a second or so"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    });
}

/// The value of one series in Prometheus's text format (0 when absent).
fn value(metrics: &str, series: &str) -> f64 {
    metrics
        .lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map(|v| v.trim().parse().unwrap())
        .unwrap_or(0.0)
}

async fn scrape(app: &TestApp) -> String {
    let response = app
        .client
        .get(app.metrics.as_ref().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.text().await.unwrap()
}

#[test]
fn metrics_move_when_a_message_is_sent_and_a_booking_is_requested() {
    run(async {
        let app = spawn_app_with_vars(
            None,
            &[
                ("METRICS_ADDR", "127.0.0.1:0"),
                ("WORKER_INTERVAL_SECONDS", "1"),
            ],
        )
        .await;
        // Only on their own listener.
        assert_eq!(app.get("/metrics").await.status(), StatusCode::NOT_FOUND);
        let before = scrape(&app).await;
        let sent = "neste_steg_outbox_sent_total{channel=\"sms\"}";

        let staff = session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        let person = [
            ("lang", "nb"),
            ("form[first_name]", "Mina"),
            ("form[last_name]", "Metrikk"),
            ("form[birth_date]", "01.05.2006"),
            ("form[mobile]", "91234588"),
            ("form[email]", ""),
            ("form[language]", "nb"),
            ("form[municipality]", "Horten"),
            ("form[department]", "horten"),
            ("form[guardian_name]", ""),
            ("form[guardian_mobile]", ""),
            ("form[guardian_email]", ""),
        ];
        let (status, body) = call(&app, "create-contact-request", Some(&staff), &person).await;
        assert!(status.is_success(), "{status} {body}");
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let token = app.answer_token_in_mailbox(&db, county.id).await;
        let mut after = scrape(&app).await;
        for _ in 0..50 {
            if value(&after, sent) > value(&before, sent) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            after = scrape(&app).await;
        }
        assert!(value(&after, sent) > value(&before, sent), "{after}");
        assert!(value(&after, "neste_steg_worker_rounds_total") > 0.0);
        assert!(after.contains("neste_steg_worker_round_duration_seconds_bucket"));
        assert!(after.contains("neste_steg_outbox_pending "));
        assert!(after.contains("neste_steg_outbox_oldest_pending_age_seconds "));

        // The young person asks for a time from their link.
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
        let slot = format!("{}@{}", slot.staff_id, slot.starts.timestamp());
        let held = "neste_steg_bookings_requested";
        let before = scrape(&app).await;
        let response = app
            .call_from(
                &app.client,
                "request-booking",
                None,
                &[
                    ("lang", "nb"),
                    ("from", "answer"),
                    ("token", &token),
                    ("office", "larvik"),
                    ("form", "office"),
                    ("slot", &slot),
                    ("first_name", "Mina"),
                    ("mobile", "91234588"),
                    ("email", ""),
                ],
            )
            .await;
        assert!(
            response.status().is_success() || response.status().is_redirection(),
            "{}",
            response.status()
        );
        let _ = app.get(&format!("/nb/svar/{token}")).await;
        let _ = app.get("/nb/rettigheter").await;
        let after = scrape(&app).await;
        assert_eq!(value(&after, held), value(&before, held) + 1.0, "{after}");
        let booked = after
            .lines()
            .find(|l| {
                l.starts_with("neste_steg_http_requests_total{")
                    && l.contains("route=\"/api/request-booking\"")
            })
            .unwrap_or_else(|| panic!("no request-booking series in {after}"));
        assert!(value(&after, booked.split(' ').next().unwrap()) >= 1.0);
        // Routes by template only: the link's token never becomes a label.
        assert!(after.contains("route=\"/{lang}/svar/{token}\""), "{after}");
        assert!(after.contains("route=\"/{lang}/rettigheter\""), "{after}");
        assert!(after.contains("neste_steg_http_request_duration_seconds_bucket"));
        assert!(!after.contains(&token), "a token in the metrics");
        assert!(!after.contains("91234588"), "a mobile in the metrics");
    });
}

#[test]
fn no_metrics_listener_unless_configured() {
    run(async {
        let app = spawn_app().await;
        assert!(app.metrics.is_none());
        assert_eq!(app.get("/metrics").await.status(), StatusCode::NOT_FOUND);
    });
}
