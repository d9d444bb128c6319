//! The OT-råd's public and member side over HTTP: the one-time login (code from the message,
//! link with a button), member sessions kept apart from staff sessions, what a member may see
//! (never a hidden name), the calendar file, the application's limit per client address, and
//! text shown as text.

use reqwest::{header, StatusCode};

use crate::helpers::{call, client_from, run, session_of, spawn_app, TestApp};

/// Posts a form as a browser without JavaScript does (Accept: text/html), so that the server
/// function answers with a redirect.
async fn post_form(app: &TestApp, endpoint: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.post(&format!("/api/{endpoint}"))
        .header(header::ORIGIN, &app.base)
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, format!("{}/nb/ot-rad/logg-inn", app.base))
        .form(form)
        .send()
        .await
        .unwrap()
}

/// The newest message in the demo mailbox to `recipient`.
async fn message_to(db: &domain::Db, county_id: i64, recipient: &str) -> Option<String> {
    for _ in 0..50 {
        let messages = domain::outbox::demo_mailbox(db, county_id, 50)
            .await
            .unwrap();
        if let Some(m) = messages.into_iter().find(|m| m.recipient == recipient) {
            return Some(m.body);
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    None
}

fn member_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("neste_steg_council=") && !c.contains("Max-Age=0"))
        .map(|c| c.split(';').next().unwrap().to_string())
}

/// Signs a demo member in with the code sent to `contact`; returns the session cookie.
async fn sign_in(app: &TestApp, contact: &str) -> String {
    let db = app.db().await;
    let county = domain::county::by_slug(&db, "vestfold")
        .await
        .unwrap()
        .unwrap();
    let response = post_form(
        app,
        "council-login",
        &[("lang", "nb"), ("contact", contact)],
    )
    .await;
    let page = code_page(&response);
    let body = message_to(&db, county.id, contact)
        .await
        .expect("a code was sent");
    let code: String = body
        .split_whitespace()
        .find(|w| w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
        .unwrap()
        .to_string();
    let response = app
        .call_from(
            &app.client,
            "council-code",
            None,
            &[("lang", "nb"), ("token", &page), ("code", &code)],
        )
        .await;
    member_cookie(&response).expect("signed in")
}

/// The page token in the redirect to the code page.
fn code_page(response: &reqwest::Response) -> String {
    let to = response
        .headers()
        .get("serverfnredirect")
        .or_else(|| response.headers().get(header::LOCATION))
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    to.rsplit("/logg-inn/")
        .next()
        .filter(|t| !t.is_empty() && !t.contains('/'))
        .unwrap_or_else(|| panic!("no code page in {to:?}"))
        .to_string()
}

#[test]
fn a_member_signs_in_with_the_code_and_stays_out_of_staff_pages() {
    run(async {
        let app = spawn_app().await;
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        // Signed out: the members' page sends to the login, the calendar file is not there.
        let response = app.get("/nb/ot-rad/medlem").await;
        assert!(response.status().is_success() || response.status().is_redirection());
        assert_eq!(
            app.get("/nb/ot-rad/medlem/mote/1/kalender.ics")
                .await
                .status(),
            StatusCode::NOT_FOUND
        );
        // Someone who is not a member gets the same code page, and no message is sent.
        let response = post_form(
            &app,
            "council-login",
            &[("lang", "nb"), ("contact", "+47 400 99 999")],
        )
        .await;
        let _ = code_page(&response);
        assert_eq!(
            domain::outbox::demo_mailbox(&db, county.id, 200)
                .await
                .unwrap()
                .iter()
                .filter(|m| m.recipient == "+4740099999")
                .count(),
            0
        );
        // A wrong code is refused and says so; the right one signs in.
        let response = post_form(
            &app,
            "council-login",
            &[("lang", "nb"), ("contact", "400 00 212")],
        )
        .await;
        let page = code_page(&response);
        let body = message_to(&db, county.id, "+4740000212").await.unwrap();
        assert!(
            body.contains("/nn/ot-rad/lenke/"),
            "Emil's message is in nynorsk: {body}"
        );
        let code: String = body
            .split_whitespace()
            .find(|w| w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
            .unwrap()
            .into();
        let wrong = if code == "000000" { "111111" } else { "000000" };
        let (status, body) = call(
            &app,
            "council-code",
            None,
            &[("lang", "nb"), ("token", &page), ("code", wrong)],
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        let response = app
            .call_from(
                &app.client,
                "council-code",
                None,
                &[("lang", "nb"), ("token", &page), ("code", &code)],
            )
            .await;
        let emil = member_cookie(&response).expect("signed in");
        // The code works once.
        let (status, _) = call(
            &app,
            "council-code",
            None,
            &[("lang", "nb"), ("token", &page), ("code", &code)],
        )
        .await;
        assert_eq!(status, StatusCode::GONE);
        let page = app
            .get_with("/nb/ot-rad/medlem", &emil)
            .await
            .text()
            .await
            .unwrap();
        assert!(page.contains("Emil"), "{page}");
        // A member session is not a staff session: staff pages and data stay shut.
        let (status, _) = call(&app, "me", Some(&emil), &[]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let (status, _) = call(&app, "council-member", Some(&emil), &[("lang", "nb")]).await;
        assert!(status.is_success());
        // A staff session is not a member session either.
        let staff = session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        let (status, _) = call(&app, "council-member", Some(&staff), &[("lang", "nb")]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        // The next meeting as a calendar file, for members only.
        let now = chrono::Utc::now();
        let coordinator =
            domain::staff::by_email(&db, county.id, domain::demo::COUNCIL_COORDINATOR.1)
                .await
                .unwrap()
                .unwrap();
        let meeting = domain::council::meeting::list(&db, &coordinator)
            .await
            .unwrap()
            .unwrap()
            .into_iter()
            .find(|m| m.ends_at > now)
            .expect("the demo council has a meeting to come");
        let path = format!("/nb/ot-rad/medlem/mote/{}/kalender.ics", meeting.id);
        let ics = app.get_with(&path, &emil).await;
        assert_eq!(ics.status(), StatusCode::OK);
        assert!(ics.text().await.unwrap().contains("BEGIN:VTIMEZONE"));
        assert_eq!(
            app.get_with(&path, &staff).await.status(),
            StatusCode::NOT_FOUND
        );
        // Signing out ends the session.
        let (status, _) = call(&app, "council-logout", Some(&emil), &[("lang", "nb")]).await;
        assert!(status.is_success() || status.is_redirection());
        let (status, _) = call(&app, "council-member", Some(&emil), &[("lang", "nb")]).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    });
}

#[test]
fn a_link_shows_a_button_and_only_the_post_signs_in() {
    run(async {
        let app = spawn_app().await;
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let _ = app
            .call_from(
                &app.client,
                "council-login",
                None,
                &[("lang", "nb"), ("contact", "linnea.rad@demo.neste-steg.no")],
            )
            .await;
        let body = message_to(&db, county.id, "linnea.rad@demo.neste-steg.no")
            .await
            .unwrap();
        let link = body
            .split("/ot-rad/lenke/")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_string();
        // A mail scanner opens the link twice: nothing happens.
        for _ in 0..2 {
            let (status, page) = app.text(&format!("/en/ot-rad/lenke/{link}")).await;
            assert_eq!(status, StatusCode::OK);
            assert!(page.contains("<button"), "{page}");
        }
        let response = app
            .call_from(
                &app.client,
                "council-link",
                None,
                &[("lang", "en"), ("token", &link)],
            )
            .await;
        assert!(member_cookie(&response).is_some());
        // Once used, the link shows no button.
        let (_, page) = app.text(&format!("/en/ot-rad/lenke/{link}")).await;
        assert!(page.contains("no longer works"), "{page}");
    });
}

#[test]
fn a_hidden_name_never_reaches_another_member_and_script_is_shown_as_text() {
    run(async {
        let app = spawn_app().await;
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let sara = sign_in(&app, "+4740000211").await;
        let coordinator =
            domain::staff::by_email(&db, county.id, domain::demo::COUNCIL_COORDINATOR.1)
                .await
                .unwrap()
                .unwrap();
        let hearing = domain::council::hearing::list(&db, &coordinator)
            .await
            .unwrap()
            .unwrap()
            .into_iter()
            .find(|h| h.published_at.is_some() && h.deadline_at > chrono::Utc::now())
            .expect("an open demo hearing");
        let path = format!("/nb/ot-rad/medlem/horing/{}", hearing.id);
        let page = app.get_with(&path, &sara).await.text().await.unwrap();
        // Yusuf hid his name: his input is there, his name is not.
        assert!(page.contains("Skriv på flere språk"), "{page}");
        assert!(
            !page.contains("Yusuf"),
            "a hidden name reached another member"
        );
        let (_, json) = call(
            &app,
            "council-hearing",
            Some(&sara),
            &[("lang", "nb"), ("id", &hearing.id.to_string())],
        )
        .await;
        assert!(
            json.contains("Skriv på flere språk") && !json.contains("Yusuf"),
            "{json}"
        );
        // Nora is 16: her input waits for the coordinator and is not shown to Sara.
        assert!(
            !page.contains("svare på nett uten"),
            "a minor's input before approval"
        );
        // A script in an input is text.
        let (status, body) = call(
            &app,
            "council-input",
            Some(&sara),
            &[
                ("lang", "nb"),
                ("hearing", &hearing.id.to_string()),
                ("text", "<script>alert('x')</script> bra"),
            ],
        )
        .await;
        assert!(
            status.is_success() || status.is_redirection(),
            "{status} {body}"
        );
        let page = app.get_with(&path, &sara).await.text().await.unwrap();
        assert!(page.contains("&lt;script&gt;alert"), "{page}");
        assert!(!page.contains("<script>alert"), "{page}");
    });
}

#[test]
fn applications_are_limited_per_client_address() {
    run(async {
        let app = spawn_app().await;
        let apply = |client: &reqwest::Client, n: usize| {
            let client = client.clone();
            let app = &app;
            async move {
                let mobile = format!("9{:07}", 1000 + n);
                app.call_from(
                    &client,
                    "council-apply",
                    None,
                    &[
                        ("lang", "nb"),
                        ("first_name", "Ada"),
                        ("age", "17"),
                        ("mobile", &mobile),
                        ("email", ""),
                        ("contact_channel", "sms"),
                        ("reason", ""),
                    ],
                )
                .await
                .status()
            }
        };
        let (one, two) = (client_from("127.0.0.2"), client_from("127.0.0.3"));
        for n in 0..5 {
            let status = apply(&one, n).await;
            assert!(status.is_success() || status.is_redirection(), "{status}");
        }
        assert_eq!(apply(&one, 5).await, StatusCode::TOO_MANY_REQUESTS);
        // Another address is not held back by the first one's tries.
        let status = apply(&two, 6).await;
        assert!(status.is_success() || status.is_redirection(), "{status}");
        // A refused application says which fields, and saves nothing.
        let (status, body) = call(
            &app,
            "council-apply",
            None,
            &[
                ("lang", "nb"),
                ("first_name", "1"),
                ("age", "x"),
                ("mobile", ""),
                ("email", ""),
                ("reason", ""),
            ],
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        for field in ["first_name", "age", "contact"] {
            assert!(body.contains(field), "{body}");
        }
    });
}

#[test]
fn the_public_council_page_shows_first_names_roles_and_published_answers_only() {
    run(async {
        let app = spawn_app().await;
        let (status, page) = app.text("/nb/ot-rad").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("Sara") && page.contains("leder"), "{page}");
        assert!(
            page.contains("det første året"),
            "the recruitment text says the seat can be kept"
        );
        // No contact detail of any member, and no name beside a published input.
        for secret in ["+4740000211", "40000211", "nora.rad@"] {
            assert!(!page.contains(secret), "{secret}");
        }
        let (status, page) = app.text("/ar/ot-rad").await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("dir=\"rtl\""));
    });
}

#[test]
fn a_hearing_or_meeting_title_with_markup_stays_text_in_every_pages_title() {
    use crate::helpers::{assert_title_is_text, TITLE_PAYLOAD};
    run(async {
        let app = spawn_app().await;
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let coordinator =
            domain::staff::by_email(&db, county.id, domain::demo::COUNCIL_COORDINATOR.1)
                .await
                .unwrap()
                .unwrap();
        let kari = session_of(&app, domain::demo::COUNCIL_COORDINATOR.1).await;
        let hearing = domain::council::hearing::list(&db, &coordinator)
            .await
            .unwrap()
            .unwrap()
            .into_iter()
            .find(|h| h.published_at.is_some() && h.deadline_at > chrono::Utc::now())
            .expect("an open demo hearing");
        let meeting = domain::council::meeting::list(&db, &coordinator)
            .await
            .unwrap()
            .unwrap()
            .remove(0);
        let later = (chrono::Utc::now() + chrono::Duration::days(40))
            .date_naive()
            .to_string();
        // The coordinator names a hearing and a meeting as an attacker would.
        let (status, body) = call(
            &app,
            "council-edit-hearing",
            Some(&kari),
            &[
                ("lang", "nb"),
                ("hearing_id", &hearing.id.to_string()),
                ("title", TITLE_PAYLOAD),
                ("question", &hearing.question),
                ("background", &hearing.background),
                ("deadline_date", &later),
                ("deadline_time", "14:00"),
            ],
        )
        .await;
        assert!(status.is_success(), "{status} {body}");
        let (status, body) = call(
            &app,
            "council-edit-meeting",
            Some(&kari),
            &[
                ("lang", "nb"),
                ("meeting_id", &meeting.id.to_string()),
                ("title", TITLE_PAYLOAD),
                ("agenda", &meeting.agenda),
                ("place", &meeting.place),
                ("date", &later),
                ("starts_time", "17:00"),
                ("ends_time", "18:30"),
            ],
        )
        .await;
        assert!(status.is_success(), "{status} {body}");
        for path in [
            format!("/nb/staff/council/hearings/{}", hearing.id),
            format!("/nb/staff/council/meetings/{}", meeting.id),
        ] {
            let response = app.get_with(&path, &kari).await;
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            assert_title_is_text(&response.text().await.unwrap(), &path);
        }
        // Every member opens the hearing: its title is theirs too.
        let sara = sign_in(&app, "+4740000211").await;
        let path = format!("/nb/ot-rad/medlem/horing/{}", hearing.id);
        let response = app.get_with(&path, &sara).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert_title_is_text(&response.text().await.unwrap(), &path);
    });
}
