//! Young people's data: contact requests and answers scoped to departments, audited and never
//! opened by a link token; wrong answer links throttled per client.

use reqwest::{header, StatusCode};

use crate::helpers::{call, run, session_of, spawn_app, spawn_app_with_vars, TestApp};

#[test]
fn youth_data_is_scoped_to_departments_audited_and_never_opened_by_a_link_token() {
    use domain::{
        answer,
        contact_request::{self, Scope},
        status_code::Activity,
    };
    run(async {
        let app = spawn_app().await;
        let larvik = session_of(&app, "jonas.larsen@demo.neste-steg.no").await;
        let horten = session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        let admin = session_of(&app, "arne.admin@demo.neste-steg.no").await;
        let person = |department: &'static str| {
            vec![
                ("lang", "nb"),
                ("form[first_name]", "Lise"),
                ("form[last_name]", "Larvikdatter"),
                ("form[birth_date]", "02.01.2006"),
                ("form[mobile]", "91234567"),
                ("form[email]", ""),
                ("form[language]", "nb"),
                ("form[municipality]", "Larvik"),
                ("form[department]", department),
                ("form[guardian_name]", ""),
                ("form[guardian_mobile]", ""),
                ("form[guardian_email]", ""),
            ]
        };
        // Horten's advisor cannot write from Larvik; Larvik's can.
        let (status, body) = call(
            &app,
            "create-contact-request",
            Some(&horten),
            &person("larvik"),
        )
        .await;
        assert!(
            !status.is_success() && body.contains("department"),
            "{status} {body}"
        );
        let (status, body) = call(
            &app,
            "create-contact-request",
            Some(&larvik),
            &person("larvik"),
        )
        .await;
        assert!(status.is_success(), "{status} {body}");

        // Her answer arrives (straight through the domain, as the answer pages do).
        let db = app.db().await;
        let county = domain::county::by_slug(&db, "vestfold")
            .await
            .unwrap()
            .unwrap();
        let request = contact_request::list(&db, county.id, Scope::County, 10)
            .await
            .unwrap()
            .remove(0);
        answer::save_activity(&db, request.id, Activity::Work, chrono::Utc::now())
            .await
            .unwrap();
        let answer_id = answer::inbox(
            &db,
            county.id,
            Scope::County,
            &Default::default(),
            chrono::Utc::now().date_naive(),
        )
        .await
        .unwrap()[0]
            .answer_id
            .to_string();
        let id = request.id.to_string();
        let token = answer::open_code(
            &db,
            &request.letter_code,
            "10.9.9.9",
            Default::default(),
            chrono::Utc::now(),
        )
        .await
        .unwrap()
        .unwrap();
        let link_cookie = format!("neste_steg_session={token}");

        let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
            ("contact-requests", vec![]),
            ("contact-request-departments", vec![]),
            ("inbox", vec![("query[handled]", "1")]),
            ("answer-detail", vec![("id", &answer_id)]),
            (
                "review-answer",
                vec![
                    ("lang", "nb"),
                    ("id", &answer_id),
                    ("status_code", "OTAR"),
                    ("note", ""),
                ],
            ),
            ("revoke-contact-request", vec![("lang", "nb"), ("id", &id)]),
            ("import-preview", vec![("id", "1")]),
            ("confirm-import", vec![("lang", "nb"), ("id", "1")]),
        ];
        for (endpoint, form) in &calls {
            for cookie in [None, Some(link_cookie.as_str())] {
                let (status, body) = call(&app, endpoint, cookie, form).await;
                assert!(
                    !status.is_success() && body.contains("sign-in"),
                    "{endpoint} without staff session: {status} {body}"
                );
            }
            // The administrator keeps accounts, not young people's data.
            let (status, body) = call(&app, endpoint, Some(&admin), form).await;
            assert!(
                !status.is_success() && body.contains("not-found"),
                "{endpoint} as admin: {status} {body}"
            );
            // Horten's advisor: Larvik's person does not exist for her.
            let (status, body) = call(&app, endpoint, Some(&horten), form).await;
            assert!(
                !body.contains("Larvikdatter"),
                "{endpoint} leaked to Horten: {body}"
            );
            if [
                "answer-detail",
                "review-answer",
                "revoke-contact-request",
                "import-preview",
                "confirm-import",
            ]
            .contains(endpoint)
            {
                assert!(
                    !status.is_success() && body.contains("not-found"),
                    "{endpoint} as Horten: {status} {body}"
                );
            }
        }
        // Nothing the refused calls tried has happened.
        let after = contact_request::get(&db, county.id, Scope::County, request.id)
            .await
            .unwrap();
        assert!(after.revoked_at.is_none());
        assert!(answer::history(&db, answer_id.parse().unwrap())
            .await
            .unwrap()
            .is_empty());

        // Larvik's advisor sees and reviews her; the export then has her code, for Larvik only.
        let (_, body) = call(&app, "answer-detail", Some(&larvik), &[("id", &answer_id)]).await;
        assert!(
            body.contains("Larvikdatter") && body.contains("OTAR"),
            "{body}"
        );
        let (status, _) = call(
            &app,
            "review-answer",
            Some(&larvik),
            &[
                ("lang", "nb"),
                ("id", &answer_id),
                ("status_code", "OTAR"),
                ("note", "ringt"),
            ],
        )
        .await;
        assert!(status.is_success() || status.is_redirection(), "{status}");
        let csv = |cookie: Option<String>| {
            let mut request = app.client.get(format!("{}/nb/staff/answers.csv", app.base));
            if let Some(cookie) = cookie {
                request = request.header(header::COOKIE, cookie);
            }
            async move {
                let response = request.send().await.unwrap();
                (response.status(), response.text().await.unwrap())
            }
        };
        let (status, body) = csv(Some(larvik.clone())).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            body.contains("Larvikdatter;Lise;02.01.2006;Larvik;Larvik;OTAR;"),
            "{body}"
        );
        let (_, body) = csv(Some(horten.clone())).await;
        assert!(!body.contains("Larvikdatter"));
        assert_eq!(csv(None).await.0, StatusCode::UNAUTHORIZED);
        assert_eq!(
            csv(Some(link_cookie.clone())).await.0,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(csv(Some(admin.clone())).await.0, StatusCode::NOT_FOUND);

        // Every read and change of her data is in the audit log.
        let events = domain::audit::search(&db, county.id, None, None, 100)
            .await
            .unwrap();
        let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
        for action in [
            "contact_request.create",
            "answer.read",
            "answer.review",
            "answer.export",
            "answer.list",
            "contact_request.list",
        ] {
            assert!(
                actions.contains(&action),
                "{action} missing from {actions:?}"
            );
        }
        // The administrator finds everything that touched her answer, and only that.
        let (_, found) = call(
            &app,
            "audit",
            Some(&admin),
            &[
                ("query[subject_type]", "answer"),
                ("query[subject_id]", &answer_id),
            ],
        )
        .await;
        assert!(
            found.contains("answer.read") && found.contains("answer.review"),
            "{found}"
        );
        assert!(
            !found.contains("session.login") && !found.contains("contact_request.create"),
            "{found}"
        );
    });
}

#[test]
fn wrong_links_are_throttled_per_client_and_a_proxy_header_counts_only_when_trusted() {
    run(async {
        // The answer page's server function, as the page calls it: the same throttle as the
        // page, without server rendering (a page can hang in this process: leptos#4851).
        let wrong = |app: &TestApp, n: usize, forwarded: &'static str| {
            let request = app
                .post("/api/answer")
                .header(header::ORIGIN, &app.base)
                .header("x-forwarded-for", forwarded)
                .form(&[("token", format!("wrong-token-{n}"))]);
            async move {
                let body = request.send().await.unwrap().text().await.unwrap();
                if body.contains("throttled") {
                    StatusCode::TOO_MANY_REQUESTS
                } else if body.contains("not-found") {
                    StatusCode::NOT_FOUND
                } else {
                    panic!("neither refusal: {body}")
                }
            }
        };
        // Behind a trusted proxy: each client has its own count.
        let proxied = spawn_app_with_vars(None, &[("CLIENT_IP_HEADER", "X-Forwarded-For")]).await;
        for n in 0..20 {
            assert_eq!(
                wrong(&proxied, n, "192.0.2.1, 10.0.0.1").await,
                StatusCode::NOT_FOUND
            );
        }
        assert_eq!(
            wrong(&proxied, 20, "192.0.2.1, 10.0.0.1").await,
            StatusCode::TOO_MANY_REQUESTS
        );
        assert_eq!(
            wrong(&proxied, 21, "10.0.0.2").await,
            StatusCode::NOT_FOUND,
            "another client"
        );

        // Without a trusted proxy the header is the client's own word, and is ignored.
        let direct = spawn_app().await;
        for n in 0..20 {
            let forged = ["10.0.0.3", "10.0.0.4"][n % 2];
            assert_eq!(wrong(&direct, n, forged).await, StatusCode::NOT_FOUND);
        }
        assert_eq!(
            wrong(&direct, 20, "10.0.0.5").await,
            StatusCode::TOO_MANY_REQUESTS
        );
    });
}

#[test]
fn a_channel_needs_a_number_or_address_on_file_or_given() {
    use domain::contact_request::{self, Scope};
    run(async {
        let app = spawn_app().await;
        let staff = session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        // Written to by e-mail only: OT has no mobile number for her.
        let person = [
            ("lang", "nb"),
            ("form[first_name]", "Eva"),
            ("form[last_name]", "Epost"),
            ("form[birth_date]", "01.05.2007"),
            ("form[mobile]", ""),
            ("form[email]", "eva.epost@example.no"),
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
        assert!(contact_request::list(&db, county.id, Scope::County, 10)
            .await
            .unwrap()[0]
            .mobile
            .is_none());
        let token = app.answer_token_in_mailbox(&db, county.id).await;
        // The demo mailbox shows the link as a link, and the time as people write it.
        let mailbox = app
            .get_with("/nb/staff/demo-mailbox", &staff)
            .await
            .text()
            .await
            .unwrap();
        assert!(
            mailbox.contains(&format!("/nb/svar/{token}</a>")),
            "{mailbox}"
        );
        assert!(!mailbox.contains("+00:00"), "{mailbox}");
        let (status, body) = call(&app, "answer", None, &[("token", &token)]).await;
        assert!(
            status.is_success() && body.contains(r#""has_mobile":false,"has_email":true"#),
            "{status} {body}"
        );
        let (status, body) = call(
            &app,
            "answer-activity",
            None,
            &[
                ("lang", "nb"),
                ("token", &token),
                ("activity", "wants_help"),
            ],
        )
        .await;
        assert!(status.is_success(), "{status} {body}");
        // SMS or a call needs a mobile OT does not have: refused until she gives one, and
        // nothing is saved.
        for channel in ["sms", "call"] {
            let (status, body) = call(
                &app,
                "answer-contact",
                None,
                &[
                    ("lang", "nb"),
                    ("token", &token),
                    (channel, "on"),
                    ("contact_time", "any"),
                ],
            )
            .await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
            assert!(body.contains(r#""fields":["mobile"]"#), "{body}");
        }
        let (_, body) = call(&app, "answer", None, &[("token", &token)]).await;
        assert!(body.contains(r#""channels":[]"#), "{body}");
        let (status, body) = call(
            &app,
            "answer-contact",
            None,
            &[
                ("lang", "nb"),
                ("token", &token),
                ("email_channel", "on"),
                ("sms", "on"),
                ("mobile", "912 34 567"),
                ("contact_time", "any"),
            ],
        )
        .await;
        assert!(status.is_success(), "{status} {body}");
        let (_, body) = call(&app, "answer", None, &[("token", &token)]).await;
        assert!(
            body.contains(r#""channels":["sms","email"]"#)
                && body.contains(r#""given_mobile":"+4791234567""#),
            "{body}"
        );
    });
}
