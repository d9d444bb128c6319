//! Abuse from outside, with two or more clients: one client's wrong links or logins never
//! throttle another; public booking holds a time only after a code; refusals are 4xx; the
//! headers and the staff area's door.

use reqwest::{header, StatusCode};

use crate::helpers::{
    assert_title_is_text, client_from, run, spawn_app, spawn_app_with_vars, TestApp, DEMO_PASSWORD,
    TITLE_PAYLOAD,
};

async fn status_and_body(response: reqwest::Response) -> (StatusCode, String) {
    (response.status(), response.text().await.unwrap())
}

#[test]
fn one_clients_wrong_links_never_throttle_another() {
    use domain::contact_request::{self, Scope};
    run(async {
        let app = spawn_app_with_vars(None, &[("WORKER_INTERVAL_SECONDS", "1")]).await;
        let (a, b, c) = (
            client_from("127.0.0.2"),
            client_from("127.0.0.3"),
            client_from("127.0.0.4"),
        );
        for n in 0..20 {
            let token = format!("made-up-{n}");
            let response = app
                .call_from(&a, "answer", None, &[("token", &token)])
                .await;
            assert_eq!(response.status(), StatusCode::NOT_FOUND, "guess {n}");
        }
        let response = app
            .call_from(&a, "answer", None, &[("token", "made-up-20")])
            .await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        // Another young person is not held by the first client's guesses.
        let (status, body) = status_and_body(
            app.call_from(&b, "answer", None, &[("token", "made-up-x")])
                .await,
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
        assert!(body.contains("not-found"), "{body}");

        // A withdrawn link opened again and again (an old reminder, a mail scanner) is not an
        // attack: it gets the same page every time and never a 429.
        let staff = crate::helpers::session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        let person = [
            ("lang", "nb"),
            ("form[first_name]", "Ola"),
            ("form[last_name]", "Nordmann"),
            ("form[birth_date]", "01.05.2007"),
            ("form[mobile]", "91234577"),
            ("form[email]", ""),
            ("form[language]", "nb"),
            ("form[municipality]", "Horten"),
            ("form[department]", "horten"),
            ("form[guardian_name]", ""),
            ("form[guardian_mobile]", ""),
            ("form[guardian_email]", ""),
        ];
        let (status, body) =
            crate::helpers::call(&app, "create-contact-request", Some(&staff), &person).await;
        assert!(status.is_success(), "{status} {body}");
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let request = contact_request::list(&db, county.id, Scope::County, 10)
            .await
            .unwrap()
            .remove(0);
        contact_request::revoke(
            &db,
            county.id,
            Scope::County,
            request.id,
            domain::staff::list(&db, county.id).await.unwrap()[0].id,
            chrono::Utc::now(),
        )
        .await
        .unwrap();
        let token = app.answer_token_in_mailbox(&db, county.id).await;
        for _ in 0..25 {
            let response = app
                .call_from(&c, "answer", None, &[("token", &token)])
                .await;
            assert_eq!(response.status(), StatusCode::NOT_FOUND);
        }
    });
}

#[test]
fn one_clients_wrong_logins_never_lock_out_another() {
    run(async {
        let app = spawn_app().await;
        let (guesser, kari) = (client_from("127.0.0.2"), client_from("127.0.0.3"));
        let login = |password: &'static str| {
            [
                ("lang", "nb"),
                ("email", "ingrid.haugen@demo.neste-steg.no"),
                ("password", password),
            ]
        };
        for _ in 0..5 {
            let (status, body) = status_and_body(
                app.call_from(&guesser, "login", None, &login("feil passord her"))
                    .await,
            )
            .await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
            assert!(body.contains("wrong-credentials"));
        }
        // The guesser's address now waits, even with the right password...
        let (status, body) = status_and_body(
            app.call_from(&guesser, "login", None, &login(DEMO_PASSWORD))
                .await,
        )
        .await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
        // ...and the account's owner, on her own phone, is not locked out.
        let response = app
            .call_from(&kari, "login", None, &login(DEMO_PASSWORD))
            .await;
        assert!(response.status().is_success(), "{}", response.status());
        assert!(crate::helpers::session_cookie(&response).is_some());
    });
}

#[test]
fn guessers_on_many_addresses_never_keep_the_owner_out() {
    run(async {
        let app = spawn_app().await;
        let login = |password: &'static str| {
            [
                ("lang", "nb"),
                ("email", "ingrid.haugen@demo.neste-steg.no"),
                ("password", password),
            ]
        };
        // Sixteen addresses, two guesses each: past the account's ten, the back-off starts.
        let mut statuses = Vec::new();
        for i in 10..26 {
            let guesser = client_from(&format!("127.0.0.{i}"));
            for _ in 0..2 {
                let response = app
                    .call_from(&guesser, "login", None, &login("feil passord her"))
                    .await;
                statuses.push(response.status());
            }
        }
        assert!(
            statuses[..10]
                .iter()
                .all(|s| *s == StatusCode::UNAUTHORIZED),
            "{statuses:?}"
        );
        // In the back-off a guess waits (a slow machine may let one through as its wait ends).
        let waited = statuses[10..]
            .iter()
            .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
            .count();
        assert!(waited >= 16, "{statuses:?}");
        assert!(statuses.iter().all(|s| s.is_client_error()), "{statuses:?}");
        // A guesser's address waits even with the right password...
        let response = app
            .call_from(
                &client_from("127.0.0.20"),
                "login",
                None,
                &login(DEMO_PASSWORD),
            )
            .await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        // ...while the owner, from her own phone, gets in at once, every time.
        for phone in ["127.0.0.40", "127.0.0.41"] {
            let response = app
                .call_from(&client_from(phone), "login", None, &login(DEMO_PASSWORD))
                .await;
            assert!(
                response.status().is_success(),
                "{phone}: {}",
                response.status()
            );
            assert!(crate::helpers::session_cookie(&response).is_some());
        }
    });
}

/// The first free time of Larvik's office, as the booking page offers it.
async fn free_slot(app: &TestApp) -> (String, chrono::DateTime<chrono::Utc>) {
    use domain::booking;
    let db = app.db().await;
    let county = domain::county::by_slug(&db, "vestfold")
        .await
        .unwrap()
        .unwrap();
    let larvik = domain::department::by_slug(&db, county.id, "larvik")
        .await
        .unwrap()
        .unwrap();
    let slot = booking::free_slots(
        &db,
        county.id,
        larvik.id,
        Some(booking::MeetingForm::Office),
        None,
        chrono::Utc::now(),
    )
    .await
    .unwrap()
    .remove(0);
    (
        format!("{}@{}", slot.staff_id, slot.starts.timestamp()),
        slot.starts,
    )
}

fn public_request<'a>(
    slot: &'a str,
    first_name: &'a str,
    mobile: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("lang", "nb"),
        ("from", "public"),
        ("token", ""),
        ("office", "larvik"),
        ("form", "office"),
        ("slot", slot),
        ("first_name", first_name),
        ("mobile", mobile),
        ("email", ""),
    ]
}

/// A public booking request from `client`, as the booking page's script sends it.
async fn ask(
    app: &TestApp,
    client: &reqwest::Client,
    slot: &str,
    first_name: &str,
    mobile: &str,
) -> reqwest::Response {
    app.call_from(
        client,
        "request-booking",
        None,
        &public_request(slot, first_name, mobile),
    )
    .await
}

/// The token of the code page a public request was sent to.
fn code_page_token(response: &reqwest::Response) -> String {
    let location = response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_string();
    location
        .strip_prefix("/nb/bestill/bekreft/")
        .unwrap_or_else(|| panic!("not the code page: {location}"))
        .to_string()
}

/// The six-digit code in the newest message to `mobile` in the demo mailbox.
async fn code_sent_to(app: &TestApp, mobile_digits: &str) -> String {
    let db = app.db().await;
    let county = domain::county::by_slug(&db, "vestfold")
        .await
        .unwrap()
        .unwrap();
    for _ in 0..100 {
        let messages = domain::outbox::demo_mailbox(&db, county.id, 50)
            .await
            .unwrap();
        if let Some(m) = messages
            .iter()
            .find(|m| m.recipient.ends_with(mobile_digits) && m.body.contains("koden din"))
        {
            return m.body.chars().take(6).collect();
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("no code reached {mobile_digits}");
}

async fn is_free(app: &TestApp, starts: chrono::DateTime<chrono::Utc>) -> bool {
    let db = app.db().await;
    let county = domain::county::by_slug(&db, "vestfold")
        .await
        .unwrap()
        .unwrap();
    let larvik = domain::department::by_slug(&db, county.id, "larvik")
        .await
        .unwrap()
        .unwrap();
    domain::booking::free_slots(&db, county.id, larvik.id, None, None, chrono::Utc::now())
        .await
        .unwrap()
        .iter()
        .any(|s| s.starts == starts)
}

#[test]
fn a_public_booking_holds_a_time_only_after_the_code_and_cannot_be_hoarded() {
    run(async {
        let app = spawn_app_with_vars(None, &[("WORKER_INTERVAL_SECONDS", "1")]).await;
        let (sara, script, other) = (
            client_from("127.0.0.2"),
            client_from("127.0.0.3"),
            client_from("127.0.0.4"),
        );
        let (slot, starts) = free_slot(&app).await;

        // A «first name» that is a message is refused: it would be sent under OT's name.
        let (status, body) = status_and_body(
            ask(
                &app,
                &script,
                &slot,
                "Besøk www.evil.example nå",
                "91234567",
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body.contains("first_name"), "{body}");

        // Sara asks for the time: she is sent a code, and the time is still free for others.
        let response = ask(&app, &sara, &slot, "Sara", "91234501").await;
        assert!(response.status().is_success(), "{}", response.status());
        let token = code_page_token(&response);
        assert!(
            is_free(&app, starts).await,
            "an unconfirmed request holds nothing"
        );
        let code = code_sent_to(&app, "91234501").await;

        // A wrong code is refused next to the field; the right one books the time, once.
        let wrong = if code == "000000" { "111111" } else { "000000" };
        let (status, body) = status_and_body(
            app.call_from(
                &sara,
                "confirm-booking-code",
                None,
                &[("lang", "nb"), ("token", &token), ("code", wrong)],
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body.contains("wrong-code"), "{body}");
        let response = app
            .call_from(
                &sara,
                "confirm-booking-code",
                None,
                &[("lang", "nb"), ("token", &token), ("code", &code)],
            )
            .await;
        assert!(response.status().is_success(), "{}", response.status());
        let location = response.headers()[header::LOCATION].to_str().unwrap();
        assert!(location.starts_with("/nb/bestilling/"), "{location}");
        assert!(
            !is_free(&app, starts).await,
            "the confirmed request holds the time"
        );
        let (status, body) = status_and_body(
            app.call_from(
                &sara,
                "confirm-booking-code",
                None,
                &[("lang", "nb"), ("token", &token), ("code", &code)],
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::GONE, "a code works once: {body}");

        // Someone else who had the same time on screen: a refusal, not a fault.
        let response = ask(&app, &other, &slot, "Ola", "91234502").await;
        let other_token = code_page_token(&response);
        let other_code = code_sent_to(&app, "91234502").await;
        let (status, body) = status_and_body(
            app.call_from(
                &other,
                "confirm-booking-code",
                None,
                &[
                    ("lang", "nb"),
                    ("token", &other_token),
                    ("code", &other_code),
                ],
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
        assert_eq!(body, r#"{"code":"slot-taken"}"#);

        // A script on one address gets ten codes an hour, to three numbers at most each; the
        // codes it is refused are not sent, and another client is not held by it.
        let (slot2, _) = free_slot(&app).await;
        for n in 0..3 {
            let response = ask(&app, &script, &slot2, "Eve", "91234599").await;
            assert!(response.status().is_success(), "code {n} to one number");
        }
        let (status, body) =
            status_and_body(ask(&app, &script, &slot2, "Eve", "91234599").await).await;
        assert_eq!(
            status,
            StatusCode::TOO_MANY_REQUESTS,
            "a fourth code to one number: {body}"
        );
        for n in 0..7 {
            let mobile = format!("9123460{n}");
            let response = ask(&app, &script, &slot2, "Eve", &mobile).await;
            assert!(response.status().is_success(), "code {n} from one address");
        }
        let (status, _) =
            status_and_body(ask(&app, &script, &slot2, "Eve", "91234610").await).await;
        assert_eq!(
            status,
            StatusCode::TOO_MANY_REQUESTS,
            "an eleventh code from one address"
        );
        let response = ask(&app, &other, &slot2, "Ola", "91234610").await;
        assert!(
            response.status().is_success(),
            "another address: {}",
            response.status()
        );

        // Call-me requests: letters only in the name, and a limit per address.
        let callback = |name: &'static str, mobile: &'static str| {
            [
                ("lang", "nb"),
                ("from", "public"),
                ("token", ""),
                ("office", "larvik"),
                ("first_name", name),
                ("mobile", mobile),
            ]
        };
        let (status, _) = status_and_body(
            app.call_from(
                &script,
                "request-callback",
                None,
                &callback("http://evil.example", "91234611"),
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        for mobile in ["91234612", "91234613", "91234614", "91234615", "91234616"] {
            let response = app
                .call_from(&script, "request-callback", None, &callback("Eve", mobile))
                .await;
            assert!(response.status().is_success(), "{}", response.status());
        }
        let (status, _) = status_and_body(
            app.call_from(
                &script,
                "request-callback",
                None,
                &callback("Eve", "91234617"),
            )
            .await,
        )
        .await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    });
}

#[test]
fn one_mobile_has_at_most_two_active_bookings() {
    run(async {
        let app = spawn_app_with_vars(None, &[("WORKER_INTERVAL_SECONDS", "1")]).await;
        let sara = client_from("127.0.0.2");
        for n in 0..2 {
            let (slot, _) = free_slot(&app).await;
            let response = ask(&app, &sara, &slot, "Sara", "91234520").await;
            let token = code_page_token(&response);
            // Each code differs; wait for the one sent for this request.
            let mut code = code_sent_to(&app, "91234520").await;
            for _ in 0..50 {
                let p = domain::booking::verification::pending(&app.db().await, &token)
                    .await
                    .unwrap();
                if domain::secret::token_hash(&format!("{token}:{code}")) == p.code_hash {
                    break;
                }
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                code = code_sent_to(&app, "91234520").await;
            }
            let response = app
                .call_from(
                    &sara,
                    "confirm-booking-code",
                    None,
                    &[("lang", "nb"), ("token", &token), ("code", &code)],
                )
                .await;
            assert!(
                response.status().is_success(),
                "booking {n}: {}",
                response.status()
            );
        }
        let (slot, _) = free_slot(&app).await;
        let (status, body) =
            status_and_body(ask(&app, &sara, &slot, "Sara", "91234520").await).await;
        assert_eq!(status, StatusCode::CONFLICT, "{body}");
        assert!(body.contains("too-many-active"), "{body}");
    });
}

#[test]
fn every_kind_of_page_carries_the_security_headers() {
    run(async {
        let app = spawn_app().await;
        // A rendered page: its policy names the nonce on its own scripts, and no inline script
        // runs without it. (The public pages kept in memory allow theirs by hash: scale.rs.)
        let response = app.get("/nb/staff/login").await;
        let policy = response.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_string();
        let html = response.text().await.unwrap();
        let nonce = policy
            .split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .expect("a nonce in the page's policy")
            .to_string();
        assert!(
            html.contains(&format!("nonce=\"{nonce}\"")),
            "the scripts carry the nonce"
        );
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
        let other = app.get("/nb/staff/login").await;
        assert_ne!(
            other.headers()[header::CONTENT_SECURITY_POLICY],
            policy.as_str(),
            "a fresh nonce per response"
        );
        for path in [
            "/nb",
            "/nb/rettigheter",
            "/nb/svar/made-up",
            "/nb/staff/login",
            "/pkg/neste_steg.csshash.css",
            "/healthz",
        ] {
            let response = app.get(path).await;
            let headers = response.headers();
            assert!(
                headers.contains_key(header::CONTENT_SECURITY_POLICY),
                "{path}"
            );
            assert!(
                headers["permissions-policy"]
                    .to_str()
                    .unwrap()
                    .contains("camera=()"),
                "{path}"
            );
            assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY", "{path}");
            assert!(
                !headers.contains_key(header::STRICT_TRANSPORT_SECURITY),
                "{path}: not over http"
            );
        }
        // What carries a token or personal data is never stored.
        for path in [
            "/nb/svar/made-up",
            "/nb/bestill",
            "/nb/staff/login",
            "/nb/bestilling/made-up/kalender.ics",
            "/nb/staff/answers.csv",
        ] {
            let response = app.get(path).await;
            assert_eq!(
                response.headers()[header::CACHE_CONTROL],
                "no-store",
                "{path}"
            );
        }
        let response = app
            .call_from(&app.client, "answer", None, &[("token", "x")])
            .await;
        assert_eq!(
            response.headers()[header::CACHE_CONTROL],
            "no-store",
            "server functions"
        );
        let response = app.get("/nb/rettigheter").await;
        assert_ne!(
            response
                .headers()
                .get(header::CACHE_CONTROL)
                .and_then(|v| v.to_str().ok()),
            Some("no-store"),
            "public pages may be cached"
        );

        // Served over https: HSTS.
        let https =
            spawn_app_with_vars(None, &[("PUBLIC_BASE_URL", "https://ot.example.no")]).await;
        let response = https.get("/nb").await;
        assert!(response.headers()[header::STRICT_TRANSPORT_SECURITY]
            .to_str()
            .unwrap()
            .starts_with("max-age="));
    });
}

#[test]
fn the_staff_area_has_one_door_whatever_the_client_accepts() {
    run(async {
        let app = spawn_app().await;
        // `/staff` without a language goes to the negotiated staff language.
        let response = app
            .client
            .get(format!("{}/staff", app.base))
            .header(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.8")
            .send()
            .await
            .unwrap();
        assert!(response.status().is_redirection());
        assert_eq!(response.headers()[header::LOCATION], "/en/staff");
        let response = app.get("/staff/bookings").await;
        assert_eq!(response.headers()[header::LOCATION], "/nb/staff/bookings");

        // Signed out, every staff page is a real redirect to the login page, whatever Accept
        // says, and it remembers the page.
        for accept in ["text/html", "*/*", "application/json"] {
            let response = app
                .client
                .get(format!("{}/nb/staff/bookings?day=2026-12-03", app.base))
                .header(header::ACCEPT, accept)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::SEE_OTHER, "{accept}");
            assert_eq!(
                response.headers()[header::LOCATION],
                "/nb/staff/login?next=%2Fnb%2Fstaff%2Fbookings%3Fday%3D2026-12-03",
                "{accept}"
            );
        }
        // Logging in from there returns to the page asked for; another site is never a target.
        let login = |next: &'static str| {
            app.post("/api/login")
                .header(header::ORIGIN, &app.base)
                .header(header::ACCEPT, "text/html")
                .header(header::REFERER, format!("{}/nb/staff/login", app.base))
                .form(&[
                    ("lang", "nb"),
                    ("email", "ingrid.haugen@demo.neste-steg.no"),
                    ("password", DEMO_PASSWORD),
                    ("next", next),
                ])
                .send()
        };
        let response = login("/nb/staff/bookings?day=2026-12-03").await.unwrap();
        assert_eq!(
            response.headers()[header::LOCATION],
            "/nb/staff/bookings?day=2026-12-03"
        );
        for evil in [
            "//evil.example/nb/staff",
            "https://evil.example",
            "/nb/rettigheter",
        ] {
            let response = login(evil).await.unwrap();
            assert_eq!(response.headers()[header::LOCATION], "/nb/staff", "{evil}");
        }
    });
}

#[test]
fn the_privacy_page_states_the_configured_retention_periods() {
    run(async {
        let app = spawn_app_with_vars(None, &[("RETENTION_BOOKING_DAYS", "200")]).await;
        let (status, html) = app.text("/nb/personvern").await;
        assert_eq!(status, StatusCode::OK);
        // Fluent isolates each placeable with invisible marks; the words are what is read.
        let text = html.replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("fyller 24."), "the target group's last year");
        assert!(
            text.contains("200 dager etter samtalen"),
            "the configured period"
        );
        assert!(text.contains("90 dager etter"), "messages");
    });
}

#[test]
fn a_name_with_markup_stays_text_in_the_title_of_the_answer_review_page() {
    use domain::contact_request::Scope;
    run(async {
        let app = spawn_app().await;
        let staff = crate::helpers::session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        // The advisor types (or imports) the name as it came.
        let person = [
            ("lang", "nb"),
            ("form[first_name]", TITLE_PAYLOAD),
            ("form[last_name]", "Tittel"),
            ("form[birth_date]", "01.05.2007"),
            ("form[mobile]", ""),
            ("form[email]", "tittel@example.no"),
            ("form[language]", "nb"),
            ("form[municipality]", "Horten"),
            ("form[department]", "horten"),
            ("form[guardian_name]", ""),
            ("form[guardian_mobile]", ""),
            ("form[guardian_email]", ""),
        ];
        let (status, body) =
            crate::helpers::call(&app, "create-contact-request", Some(&staff), &person).await;
        assert!(status.is_success(), "{status} {body}");
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let token = app.answer_token_in_mailbox(&db, county.id).await;
        let (status, body) = crate::helpers::call(
            &app,
            "answer-activity",
            None,
            &[("lang", "nb"), ("token", &token), ("activity", "work")],
        )
        .await;
        assert!(status.is_success(), "{status} {body}");
        let filter = domain::answer::InboxFilter {
            include_handled: true,
            ..Default::default()
        };
        let answer = domain::answer::inbox(
            &db,
            county.id,
            Scope::County,
            &filter,
            chrono::Utc::now().date_naive(),
        )
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.last_name == "Tittel")
        .expect("the answer is in the inbox");
        let path = format!("/nb/staff/answers/{}", answer.answer_id);
        let response = app.get_with(&path, &staff).await;
        assert_eq!(response.status(), StatusCode::OK);
        // No form may leave for another site either.
        let policy = response.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .to_string();
        assert!(policy.contains("form-action 'self';"), "{policy}");
        assert_title_is_text(&response.text().await.unwrap(), &path);
    });
}

#[test]
fn an_error_in_the_address_is_never_shown_on_a_page() {
    run(async {
        let app = spawn_app().await;
        // A link that carries a refusal (as Leptos's own no-JS redirect would) is sent to the
        // clean address, where no message stands: only a real refused submit shows one.
        let error =
            form_urlencoded::byte_serialize(br#"{"code":"invalid-input","fields":["code"]}"#)
                .collect::<String>();
        for path in [
            format!("/nb/svar?__path=%2Fapi%2Fanswer-code&__err={error}"),
            format!("/nb/kontakt?x=1&__err={error}"),
            "/nb/bestill?__path=%2Fapi%2Frequest-booking".to_string(),
        ] {
            let response = app.get(&path).await;
            assert!(
                response.status().is_redirection(),
                "{path}: {}",
                response.status()
            );
            let location = response.headers()[header::LOCATION]
                .to_str()
                .unwrap()
                .to_string();
            assert!(!location.contains("__"), "{path} → {location}");
            assert!(location.starts_with("/nb/"), "{location}");
            let (status, html) = app.text(&location).await;
            assert_eq!(status, StatusCode::OK);
            // No field marked wrong, no summary (the field's message is on the page, hidden,
            // for the browser's own check).
            assert!(!html.contains(r#"aria-invalid="true""#), "{location}");
            assert!(!html.contains(r#"class="error-summary""#), "{location}");
        }
        assert_eq!(
            app.get(&format!("/nb/kontakt?x=1&__err={error}"))
                .await
                .headers()[header::LOCATION],
            "/nb/kontakt?x=1"
        );
    });
}

#[test]
fn a_request_that_cannot_be_read_is_a_400_on_every_endpoint() {
    run(async {
        let app = spawn_app().await;
        let endpoints: Vec<&str> = leptos::server_fn::axum::server_fn_paths()
            .map(|(path, _)| path)
            .filter(|path| path.starts_with("/api/"))
            .collect();
        assert!(endpoints.len() > 80, "{} endpoints", endpoints.len());
        let form = "application/x-www-form-urlencoded";
        // Empty, a number that is not one, a flag that is not one, and bytes that are not UTF-8.
        let bodies: [&[u8]; 4] = [
            b"",
            b"lang=nb&id=abc&hearing_id=abc&input_id=abc&page=abc&token=t",
            b"lang=nb&choose=maybe&published=1&id=1.5",
            b"lang=%FF&first_name=%FF%FE&text=%C3",
        ];
        let mut faults = Vec::new();
        for endpoint in &endpoints {
            for body in bodies {
                let response = app
                    .post(endpoint)
                    .header(header::ORIGIN, &app.base)
                    .header(header::CONTENT_TYPE, form)
                    .body(body.to_vec())
                    .send()
                    .await
                    .unwrap();
                if response.status().is_server_error() {
                    faults.push(format!(
                        "{endpoint} «{}»: {}",
                        String::from_utf8_lossy(body),
                        response.status()
                    ));
                }
            }
        }
        assert!(
            faults.is_empty(),
            "{} faults:\n{}",
            faults.len(),
            faults.join("\n")
        );
        // The refusal says what it is, and is not the fault message.
        let response = app
            .post("/api/answer-code")
            .header(header::ORIGIN, &app.base)
            .header(header::CONTENT_TYPE, form)
            .body("")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(response.text().await.unwrap().contains("bad-request"));
        // Not UTF-8: refused whole, before anything reads it as U+FFFD.
        let response = app
            .post("/api/answer-code")
            .header(header::ORIGIN, &app.base)
            .header(header::CONTENT_TYPE, form)
            .body("lang=nb&code=%FF%FF")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    });
}

#[test]
fn a_field_that_does_not_fit_is_refused_next_to_it_never_stored_altered() {
    use domain::contact_request::Scope;
    run(async {
        let app = spawn_app().await;
        let staff = crate::helpers::session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        let long = "G".repeat(101);
        let person = |guardian: &str| {
            vec![
                ("lang", "nb".to_string()),
                ("form[first_name]", "Vilde".to_string()),
                ("form[last_name]", "Foresatt".to_string()),
                ("form[birth_date]", "01.05.2009".to_string()),
                ("form[mobile]", String::new()),
                ("form[email]", "vilde.foresatt@example.no".to_string()),
                ("form[language]", "nb".to_string()),
                ("form[municipality]", "Horten".to_string()),
                ("form[department]", "horten".to_string()),
                ("form[guardian_name]", guardian.to_string()),
                ("form[guardian_mobile]", String::new()),
                ("form[guardian_email]", String::new()),
            ]
        };
        let form = person(&long);
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, body) =
            crate::helpers::call(&app, "create-contact-request", Some(&staff), &pairs).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body.contains("guardian_name"), "{body}");
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let stored = domain::contact_request::list(&db, county.id, Scope::County, 50)
            .await
            .unwrap();
        assert!(
            !stored.iter().any(|r| r.last_name == "Foresatt"),
            "nothing was stored"
        );
        // A name that fits is stored as typed.
        let form = person(&"G".repeat(100));
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (status, body) =
            crate::helpers::call(&app, "create-contact-request", Some(&staff), &pairs).await;
        assert!(status.is_success(), "{status} {body}");
        // A staff name past the table's limit is a refusal of the field, not a failed constraint.
        let admin = crate::helpers::session_of(&app, "arne.admin@demo.neste-steg.no").await;
        let name = "N".repeat(10_000);
        let (status, body) = crate::helpers::call(
            &app,
            "create-staff",
            Some(&admin),
            &[
                ("lang", "nb"),
                ("full_name", &name),
                ("email", "lang.navn@demo.neste-steg.no"),
                ("role", "advisor"),
                ("department", "horten"),
                ("password", "et langt nok passord 2026"),
            ],
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert!(body.contains("full_name"), "{body}");
    });
}
