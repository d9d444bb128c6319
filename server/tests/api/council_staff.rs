//! The council coordinator's pages over HTTP, as a browser without JavaScript uses them: only
//! the council coordinator gets them; the coordinator admits an applicant, drafts a hearing with
//! a deadline in Oslo time (an hour that does not exist is refused, and the form comes back with
//! what was typed), approves a minor's input, answers it (the member gets a message in their
//! language) and puts it on the public page. The flow runs on SQLite and on PostgreSQL.

use chrono::{Duration, NaiveTime, Utc};
use domain::council::{input::InputStatus, Approval, CouncilRole};
use reqwest::{header, StatusCode};

use crate::helpers::{call, run, session_of, spawn_app, TestApp};

/// Posts a form from `page` as a browser without JavaScript does (Accept: text/html, with the
/// page as the Referer): the server function answers with a redirect.
async fn post_form(
    app: &TestApp,
    cookie: &str,
    endpoint: &str,
    page: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    app.post(&format!("/api/{endpoint}"))
        .header(header::ORIGIN, &app.base)
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, format!("{}{page}", app.base))
        .header(header::COOKIE, cookie)
        .form(form)
        .send()
        .await
        .unwrap()
}

fn location(response: &reqwest::Response) -> String {
    assert!(
        response.status().is_redirection(),
        "{} is not a redirect",
        response.status()
    );
    response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_string()
}

/// The `kept_form` cookie a refused form's redirect sets.
fn kept_cookie(response: &reqwest::Response) -> String {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("kept_form=") && !c.starts_with("kept_form=;"))
        .map(|c| c.split(';').next().unwrap().to_string())
        .expect("the refused form is kept")
}

async fn page(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, String) {
    let response = app.get_with(path, cookie).await;
    (response.status(), response.text().await.unwrap())
}

/// The `<input …>` tag with this id.
fn input_tag<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no element {id}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

/// The newest message in the demo mailbox to `recipient`, once the outbox has delivered it.
async fn message_to(db: &domain::Db, county_id: i64, recipient: &str) -> String {
    for _ in 0..100 {
        let messages = domain::outbox::demo_mailbox(db, county_id, 100)
            .await
            .unwrap();
        if let Some(m) = messages.into_iter().find(|m| m.recipient == recipient) {
            return m.body;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    panic!("no message reached {recipient}");
}

#[test]
fn only_the_council_coordinator_gets_the_council_staff_pages() {
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
        let hearing = domain::council::hearing::list(&db, &coordinator)
            .await
            .unwrap()
            .unwrap()[0]
            .id
            .to_string();
        let meeting = domain::council::meeting::list(&db, &coordinator)
            .await
            .unwrap()
            .unwrap()[0]
            .id
            .to_string();
        let forms: [(&str, Vec<(&str, &str)>); 7] = [
            ("council-admin", vec![]),
            ("council-hearing-admin", vec![("id", &hearing)]),
            ("council-meeting-admin", vec![("id", &meeting)]),
            (
                "council-create-hearing",
                vec![
                    ("lang", "nb"),
                    ("title", "T"),
                    ("question", "Q"),
                    ("background", ""),
                    ("deadline_date", "2030-01-10"),
                    ("deadline_time", "12:00"),
                ],
            ),
            (
                "council-admit",
                vec![
                    ("lang", "nb"),
                    ("application_id", "1"),
                    ("role", "member"),
                    ("term_from", "2030-01-01"),
                    ("term_to", "2030-12-31"),
                ],
            ),
            (
                "council-approve",
                vec![("lang", "nb"), ("hearing_id", &hearing), ("input_id", "1")],
            ),
            (
                "council-answer",
                vec![
                    ("lang", "nb"),
                    ("hearing_id", &hearing),
                    ("input_id", "1"),
                    ("outcome", "answered"),
                    ("answer", "Svar"),
                ],
            ),
        ];
        let pages = [
            "/nb/staff/council".to_string(),
            format!("/nb/staff/council/hearings/{hearing}"),
            format!("/nb/staff/council/meetings/{meeting}"),
        ];
        for (endpoint, form) in &forms {
            let (status, body) = call(&app, endpoint, None, form).await;
            assert!(
                status == StatusCode::UNAUTHORIZED && body.contains("sign-in"),
                "{endpoint} signed out: {status} {body}"
            );
        }
        for path in &pages {
            let response = app.get(path).await;
            let to = response.headers()[header::LOCATION].to_str().unwrap();
            assert!(to.starts_with("/nb/staff/login"), "{path}: {to}");
        }
        for email in [
            "ingrid.haugen@demo.neste-steg.no",
            "kari.koordinator@demo.neste-steg.no",
            "arne.admin@demo.neste-steg.no",
        ] {
            let cookie = session_of(&app, email).await;
            for (endpoint, form) in &forms {
                let (status, body) = call(&app, endpoint, Some(&cookie), form).await;
                assert!(
                    status == StatusCode::NOT_FOUND && body.contains("not-found"),
                    "{email} {endpoint}: {status} {body}"
                );
            }
            for path in &pages {
                let (status, html) = page(&app, path, &cookie).await;
                assert_eq!(status, StatusCode::NOT_FOUND, "{email} {path}");
                assert!(!html.contains("Nora"), "{email} saw a member on {path}");
            }
            // Their workplace has no council lines; the call says so without a refusal.
            let (_, html) = page(&app, "/nb/staff", &cookie).await;
            assert!(!html.contains("/nb/staff/council"), "{email}");
            let (status, body) = call(&app, "council-workload", Some(&cookie), &[]).await;
            assert_eq!((status, body.as_str()), (StatusCode::OK, "null"));
        }
        // Nothing was changed by the refused calls.
        let hearings = domain::council::hearing::list(&db, &coordinator)
            .await
            .unwrap()
            .unwrap();
        assert!(hearings.iter().all(|h| h.title != "T"));
    });
}

#[test]
fn the_coordinator_admits_drafts_approves_answers_and_publishes_on_sqlite() {
    run(async {
        let app = spawn_app().await;
        let db = app.db().await;
        coordinator_flow(&app, &db).await;
    });
}

#[test]
fn the_coordinator_admits_drafts_approves_answers_and_publishes_on_postgres() {
    run(async {
        let (app, db) = crate::helpers::spawn_app_on_postgres("council_staff").await;
        coordinator_flow(&app, &db).await;
    });
}

async fn coordinator_flow(app: &TestApp, db: &domain::Db) {
    let county = domain::county::by_slug(db, "vestfold")
        .await
        .unwrap()
        .unwrap();
    let staff = &domain::staff::by_email(db, county.id, domain::demo::COUNCIL_COORDINATOR.1)
        .await
        .unwrap()
        .unwrap();
    let mona = session_of(app, domain::demo::COUNCIL_COORDINATOR.1).await;
    let now = Utc::now();
    let today = domain::council::today(now);

    // The workplace has the council's lines: the demo's minor waits for approval.
    let (status, html) = page(app, "/nb/staff", &mona).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Ett innspill venter på godkjenning"),
        "{html}"
    );
    assert!(html.contains("href=\"/nb/staff/council\""), "{html}");
    let (_, workload) = call(app, "council-workload", Some(&mona), &[]).await;
    let workload: serde_json::Value = serde_json::from_str(&workload).unwrap();
    assert_eq!(workload["pending_inputs"], 1, "{workload}");
    assert_eq!(workload["overdue"], 0, "{workload}");

    // Someone applies on the public page; the coordinator admits her as deputy.
    let (status, body) = call(
        app,
        "council-apply",
        None,
        &[
            ("lang", "nn"),
            ("first_name", "Tiril"),
            ("age", "17"),
            ("mobile", "412 34 567"),
            ("email", ""),
            ("contact_channel", "sms"),
            ("reason", "Eg vil at fleire skal fullføre."),
        ],
    )
    .await;
    assert!(
        status.is_success() || status.is_redirection(),
        "{status} {body}"
    );
    let (status, html) = page(app, "/nb/staff/council", &mona).await;
    assert_eq!(status, StatusCode::OK);
    for shown in [
        "Tiril",
        "+4741234567",
        "Eg vil at fleire skal fullføre.",
        "Fyller \u{2068}17\u{2069} år i år",
    ] {
        assert!(html.contains(shown), "{shown} missing: {html}");
    }
    let application = domain::council::application::list(db, staff)
        .await
        .unwrap()
        .unwrap()
        .into_iter()
        .find(|a| a.first_name == "Tiril")
        .unwrap();
    let (from, to) = (
        today.format("%Y-%m-%d").to_string(),
        (today + Duration::days(300)).format("%Y-%m-%d").to_string(),
    );
    let id = application.id.to_string();
    // A term that ends before it begins is refused, on its field, with the values kept.
    let response = post_form(
        app,
        &mona,
        "council-admit",
        "/nb/staff/council",
        &[
            ("lang", "nb"),
            ("application_id", &id),
            ("role", "deputy"),
            ("term_from", &to),
            ("term_to", &from),
        ],
    )
    .await;
    assert_eq!(location(&response), "/nb/staff/council");
    let kept = kept_cookie(&response);
    let (_, html) = page(app, "/nb/staff/council", &format!("{mona}; {kept}")).await;
    assert!(
        html.contains("Perioden må slutte etter at den begynner."),
        "{html}"
    );
    assert!(html.contains(&format!("href=\"#term_to-a{id}\"")), "{html}");
    let term_to = input_tag(&html, &format!("term_to-a{id}"));
    assert!(
        term_to.contains(&format!("value=\"{from}\"")) && term_to.contains("aria-invalid=\"true\""),
        "{term_to}"
    );
    // The kept choice of role came back to this application's form only.
    let admit_form = &html[html.find(&format!("id=\"role-a{id}\"")).unwrap()..];
    let selected = &admit_form[..admit_form.find("</select>").unwrap()];
    assert!(selected.contains("value=\"deputy\" selected"), "{selected}");
    let response = post_form(
        app,
        &mona,
        "council-admit",
        "/nb/staff/council",
        &[
            ("lang", "nb"),
            ("application_id", &id),
            ("role", "deputy"),
            ("term_from", &from),
            ("term_to", &to),
        ],
    )
    .await;
    assert_eq!(
        location(&response),
        "/nb/staff/council?done=admitted#members"
    );
    let tiril = domain::council::member::current(db, staff, now)
        .await
        .unwrap()
        .unwrap()
        .into_iter()
        .find(|m| m.first_name == "Tiril")
        .expect("Tiril is a member");
    assert_eq!(tiril.role, CouncilRole::Deputy);
    assert_eq!(tiril.term_to, today + Duration::days(300));
    assert_eq!(tiril.language, "nn");
    let (_, html) = page(app, "/nb/staff/council?done=admitted", &mona).await;
    assert!(html.contains("Søkeren er tatt opp som medlem."), "{html}");

    // A hearing whose deadline falls in the hour the clocks skip is refused on the time
    // field, and the form comes back with what was typed.
    let skipped = [
        ("lang", "nb"),
        ("title", "Skoleskyss"),
        ("question", "Hvordan kommer du deg til skolen?"),
        ("background", ""),
        ("deadline_date", "2026-03-29"),
        ("deadline_time", "02:30"),
    ];
    let (status, body) = call(app, "council-create-hearing", Some(&mona), &skipped).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("deadline_time.nonexistent_time"), "{body}");
    let response = post_form(
        app,
        &mona,
        "council-create-hearing",
        "/nb/staff/council",
        &skipped,
    )
    .await;
    assert_eq!(location(&response), "/nb/staff/council");
    let kept = kept_cookie(&response);
    let (_, html) = page(app, "/nb/staff/council", &format!("{mona}; {kept}")).await;
    assert!(
        html.contains("Dette klokkeslettet finnes ikke den dagen"),
        "{html}"
    );
    assert!(html.contains("href=\"#deadline_time-hearing\""), "{html}");
    let time = input_tag(&html, "deadline_time-hearing");
    assert!(
        time.contains("value=\"02:30\"") && time.contains("aria-invalid=\"true\""),
        "{time}"
    );
    assert!(
        input_tag(&html, "title-hearing").contains("value=\"Skoleskyss\""),
        "the title was not kept"
    );
    assert!(html.contains("Hvordan kommer du deg til skolen?</textarea>"));

    // The same hearing with a deadline in a month at 14:00 Oslo time.
    let day = today + Duration::days(30);
    let deadline_date = day.format("%Y-%m-%d").to_string();
    let mut good = skipped;
    good[4] = ("deadline_date", &deadline_date);
    good[5] = ("deadline_time", "14:00");
    let response = post_form(
        app,
        &mona,
        "council-create-hearing",
        "/nb/staff/council",
        &good,
    )
    .await;
    let to = location(&response);
    let created = domain::council::hearing::list(db, staff)
        .await
        .unwrap()
        .unwrap()
        .into_iter()
        .find(|h| h.title == "Skoleskyss")
        .expect("the hearing is drafted");
    assert_eq!(
        to,
        format!("/nb/staff/council/hearings/{}?done=created", created.id)
    );
    assert_eq!(
        created.deadline_at,
        domain::council::oslo_to_utc(
            day.and_time(NaiveTime::from_hms_opt(14, 0, 0).unwrap()),
            "deadline"
        )
        .unwrap()
    );
    assert!(created.published_at.is_none(), "a new hearing is a draft");
    let (status, html) = page(app, &to, &mona).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Høringen er lagret som utkast."), "{html}");
    assert!(html.contains("14:00"), "{html}");

    // The demo hearing: every author's name for the coordinator, Yusuf's hidden one too.
    let demo = domain::council::hearing::list(db, staff)
        .await
        .unwrap()
        .unwrap()
        .into_iter()
        .find(|h| h.published_at.is_some() && h.deadline_at > now)
        .expect("an open demo hearing");
    let hearing_page = format!("/nb/staff/council/hearings/{}", demo.id);
    let (status, html) = page(app, &hearing_page, &mona).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Innspill fra \u{2068}Yusuf\u{2069}"),
        "{html}"
    );
    assert!(html.contains("Navnet er skjult for andre medlemmer"));
    let inputs = domain::council::input::for_coordinator(db, staff, Some(demo.id), now)
        .await
        .unwrap()
        .unwrap();
    let input_of = |name: &str| inputs.iter().find(|i| i.first_name == name).unwrap().id;
    let (nora, emil) = (input_of("Nora"), input_of("Emil"));
    let (hearing_id, nora_id) = (demo.id.to_string(), nora.to_string());
    let get_input = |id: i64| async move {
        domain::council::input::get_for_coordinator(db, staff, id, Utc::now())
            .await
            .unwrap()
            .unwrap()
    };
    assert_eq!(get_input(nora).await.approval, Approval::Pending);

    // Nora is 16: the coordinator approves her input.
    let response = post_form(
        app,
        &mona,
        "council-approve",
        &hearing_page,
        &[
            ("lang", "nb"),
            ("hearing_id", &hearing_id),
            ("input_id", &nora_id),
        ],
    )
    .await;
    assert_eq!(
        location(&response),
        format!("{hearing_page}?done=approved&at=input-{nora}#input-{nora}")
    );
    assert_eq!(get_input(nora).await.approval, Approval::Approved);

    // An answer without text is refused in Emil's card only, with his choice kept.
    let emil_id = emil.to_string();
    let response = post_form(
        app,
        &mona,
        "council-answer",
        &hearing_page,
        &[
            ("lang", "nb"),
            ("hearing_id", &hearing_id),
            ("input_id", &emil_id),
            ("outcome", "not_acted_on"),
            ("answer", " "),
        ],
    )
    .await;
    assert_eq!(location(&response), hearing_page);
    let kept = kept_cookie(&response);
    let (_, html) = page(app, &hearing_page, &format!("{mona}; {kept}")).await;
    assert!(html.contains("Skriv svaret til medlemmet."), "{html}");
    assert!(
        html.contains(&format!("href=\"#answer-i{emil}\"")),
        "{html}"
    );
    assert!(input_tag(&html, &format!("outcome-i{emil}-not_acted_on")).contains("checked"));
    assert!(!input_tag(&html, &format!("outcome-i{nora}-not_acted_on")).contains("checked"));

    // The answer to Nora: her status changes and she gets a message in her language (nb).
    let answer = "Takk! Fra neste måned kan du svare OT på nett uten å ringe.";
    let response = post_form(
        app,
        &mona,
        "council-answer",
        &hearing_page,
        &[
            ("lang", "nb"),
            ("hearing_id", &hearing_id),
            ("input_id", &nora_id),
            ("outcome", "acted_on"),
            ("answer", answer),
        ],
    )
    .await;
    assert_eq!(
        location(&response),
        format!("{hearing_page}?done=answered&at=input-{nora}#input-{nora}")
    );
    let answered = get_input(nora).await;
    assert_eq!(answered.status, InputStatus::ActedOn);
    assert_eq!(answered.answer.as_deref(), Some(answer));
    let message = message_to(db, county.id, "nora.rad@demo.neste-steg.no").await;
    assert!(
        message.contains("Hei Nora! OT har svart på innspillet ditt")
            && message.contains(&format!("/nb/ot-rad/medlem/horing/{}", demo.id)),
        "{message}"
    );
    assert!(
        !message.contains(answer),
        "the answer itself stays behind the login"
    );
    // Emil writes nynorsk: his message is in nynorsk.
    let response = post_form(
        app,
        &mona,
        "council-answer",
        &hearing_page,
        &[
            ("lang", "nb"),
            ("hearing_id", &hearing_id),
            ("input_id", &emil_id),
            ("outcome", "answered"),
            ("answer", "Vi skriv namnet til rådgivaren i alle meldingar."),
        ],
    )
    .await;
    assert!(response.status().is_redirection());
    let message = message_to(db, county.id, "+4740000212").await;
    assert!(
        message.contains("innspelet ditt") && message.contains("/nn/ot-rad/"),
        "{message}"
    );
    let (_, html) = page(
        app,
        &format!("{hearing_page}?done=answered&at=input-{nora}"),
        &mona,
    )
    .await;
    assert!(
        html.contains("Svaret er lagret, og \u{2068}Nora\u{2069} får en melding nå."),
        "{html}"
    );

    // On the public page once the coordinator says so.
    let (_, public) = app.text("/nb/ot-rad").await;
    assert!(!public.contains(answer), "published before it was chosen");
    let response = post_form(
        app,
        &mona,
        "council-publish-input",
        &hearing_page,
        &[
            ("lang", "nb"),
            ("hearing_id", &hearing_id),
            ("input_id", &nora_id),
            ("published", "1"),
        ],
    )
    .await;
    assert!(response.status().is_redirection());
    assert!(get_input(nora).await.published);
    let (_, public) = app.text("/nb/ot-rad").await;
    assert!(public.contains(answer), "{public}");

    // The coordinator's own status: a label without a name is refused next to its field …
    let council_page = "/nb/staff/council";
    let response = post_form(
        app,
        &mona,
        "council-add-own-status",
        council_page,
        &[("lang", "nb"), ("label", " ")],
    )
    .await;
    assert_eq!(location(&response), council_page);
    let kept = kept_cookie(&response);
    let (_, html) = page(app, council_page, &format!("{mona}; {kept}")).await;
    assert!(html.contains("Skriv navnet på statusen."), "{html}");
    assert!(html.contains("href=\"#label-own-status\""), "{html}");
    // … one with a name is added, and offered beside each input's status.
    let label = "Sendt til hovedutvalget";
    let response = post_form(
        app,
        &mona,
        "council-add-own-status",
        council_page,
        &[("lang", "nb"), ("label", label)],
    )
    .await;
    assert_eq!(
        location(&response),
        format!("{council_page}?done=own-status-added#own-statuses")
    );
    let own = domain::council::own_status::list(db, staff)
        .await
        .unwrap()
        .unwrap()
        .into_iter()
        .find(|s| s.label == label)
        .unwrap();
    let own_id = own.id.to_string();
    // A status id that is not one of the county's is refused, with the status choice kept.
    let status_form = |own_status: &'static str| {
        [
            ("lang", "nb".to_string()),
            ("hearing_id", hearing_id.clone()),
            ("input_id", nora_id.clone()),
            ("status", "not_acted_on".to_string()),
            ("own_status", own_status.to_string()),
        ]
    };
    let form = status_form("999999");
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = post_form(app, &mona, "council-input-status", &hearing_page, &fields).await;
    assert_eq!(location(&response), hearing_page);
    let kept = kept_cookie(&response);
    let (_, html) = page(app, &hearing_page, &format!("{mona}; {kept}")).await;
    assert!(html.contains("Velg en av statusene i listen."), "{html}");
    assert!(
        html.contains(&format!("href=\"#own_status-i{nora}\"")),
        "{html}"
    );
    assert!(
        html.contains("<option value=\"not_acted_on\" selected"),
        "{html}"
    );
    assert_eq!(get_input(nora).await.status, InputStatus::ActedOn);
    let mut form = status_form("");
    form[4].1 = own_id.clone();
    let fields: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = post_form(app, &mona, "council-input-status", &hearing_page, &fields).await;
    assert!(response.status().is_redirection());
    let nora_now = get_input(nora).await;
    assert_eq!(
        (nora_now.status, nora_now.own_status.as_deref()),
        (InputStatus::NotActedOn, Some(label))
    );
    // The public page shows it beside the fixed status, isolated for right-to-left pages.
    let (_, public) = app.text("/nb/ot-rad").await;
    assert!(public.contains(&format!("<bdi>{label}</bdi>")), "{public}");
    let (_, public) = app.text("/ar/ot-rad").await;
    assert!(public.contains(&format!("<bdi>{label}</bdi>")), "{public}");
    // Retired: Nora's input keeps it; it is offered no more for Emil's.
    let response = post_form(
        app,
        &mona,
        "council-retire-own-status",
        council_page,
        &[("lang", "nb"), ("own_status_id", &own_id)],
    )
    .await;
    assert_eq!(
        location(&response),
        format!("{council_page}?done=own-status-retired#own-statuses")
    );
    let (_, html) = page(app, &hearing_page, &mona).await;
    let select_of = |id: i64| {
        let at = html.find(&format!("id=\"own_status-i{id}\"")).unwrap();
        html[at..at + html[at..].find("</select>").unwrap()].to_string()
    };
    assert!(select_of(nora).contains(&format!("<option value=\"{own_id}\" selected")));
    assert!(!select_of(emil).contains(label), "{}", select_of(emil));
    assert_eq!(get_input(nora).await.own_status.as_deref(), Some(label));
    // Nobody else may add one.
    let ingrid = session_of(app, "ingrid.haugen@demo.neste-steg.no").await;
    let response = post_form(
        app,
        &ingrid,
        "council-add-own-status",
        council_page,
        &[("lang", "nb"), ("label", "Fra en rådgiver")],
    )
    .await;
    assert_ne!(response.status(), StatusCode::OK);
    assert!(domain::council::own_status::list(db, staff)
        .await
        .unwrap()
        .unwrap()
        .iter()
        .all(|s| s.label != "Fra en rådgiver"));

    // Every step is in the audit log.
    let admin = session_of(app, "arne.admin@demo.neste-steg.no").await;
    let (_, audit) = call(app, "audit", Some(&admin), &[]).await;
    for action in [
        "council.member.admit",
        "council.hearing.create",
        "council.input.approve",
        "council.input.answer",
        "council.input.publish",
        "council.hearing.read",
        "council.own_status.add",
        "council.own_status.retire",
    ] {
        assert!(
            audit.contains(action),
            "{action} missing from the audit log"
        );
    }
}
