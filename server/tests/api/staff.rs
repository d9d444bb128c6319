//! The staff area: logging in and out without JavaScript, sessions, administration of accounts
//! and offices, the page without the WASM, and turning local passwords off for the identity
//! provider.

use reqwest::{header, StatusCode};

use crate::helpers::{
    call, form_login, run, session_cookie, session_of, spawn_app, spawn_app_with_vars,
    DEMO_PASSWORD,
};

#[test]
fn staff_log_in_without_javascript_and_out_again() {
    run(async {
        let app = spawn_app().await;
        // Signed out, the workplace redirects to the login page.
        let response = app.get("/nb/staff").await;
        assert!(response.status().is_redirection());
        assert_eq!(response.headers()[header::LOCATION], "/nb/staff/login");

        let response = form_login(&app, "Ingrid.Haugen@demo.neste-steg.no", DEMO_PASSWORD).await;
        assert!(response.status().is_redirection(), "{}", response.status());
        assert_eq!(response.headers()[header::LOCATION], "/nb/staff");
        let cookie = session_cookie(&response).expect("a session cookie");
        let set_cookie = response.headers()[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"),
            "{set_cookie}"
        );

        let page = app.get_with("/nb/staff", &cookie).await;
        assert_eq!(page.status(), StatusCode::OK);
        let html = page.text().await.unwrap();
        // Fluent isolates placeables (U+2068 … U+2069) so names keep their direction in any script.
        assert!(
            html.contains("Hei, \u{2068}Ingrid Demo Haugen\u{2069}"),
            "{html}"
        );
        assert!(html.contains("Horten"));

        let response = app
            .post("/api/logout")
            .header(header::ORIGIN, &app.base)
            .header(header::COOKIE, &cookie)
            .form(&[("lang", "nb")])
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success() || response.status().is_redirection());
        let page = app.get_with("/nb/staff", &cookie).await;
        assert!(
            page.status().is_redirection(),
            "the old cookie still opens the workplace"
        );
    });
}

#[test]
fn a_wrong_password_returns_to_the_form_with_the_error_and_the_email_kept() {
    run(async {
        let app = spawn_app().await;
        let email = "siri.berg@demo.neste-steg.no";
        let response = form_login(&app, email, "wrong wrong wrong").await;
        assert!(response.status().is_redirection());
        // Back to the page's own address: no error and no e-mail address in the URL.
        assert_eq!(response.headers()[header::LOCATION], "/nb/staff/login");
        assert!(session_cookie(&response).is_none());
        let kept = kept_cookie(&response).expect("the refused form is kept");
        let set_cookie = response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_string())
            .find(|c| c.starts_with("kept_form="))
            .unwrap();
        assert!(
            set_cookie.contains("HttpOnly")
                && set_cookie.contains("SameSite=Lax")
                && set_cookie.contains("Max-Age=900"),
            "{set_cookie}"
        );

        // The page the browser lands on shows the translated error and what was typed, never
        // the password, and clears the cookie.
        let landed = app.get_with("/nb/staff/login", &kept).await;
        assert!(landed
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .any(|v| v.to_str().unwrap().starts_with("kept_form=;")));
        let html = landed.text().await.unwrap();
        assert!(
            html.contains("E-postadressen eller passordet er feil."),
            "{html}"
        );
        assert!(html.contains(&format!("value=\"{email}\"")), "{html}");
        assert!(!html.contains("wrong wrong wrong"));

        // Read once: opening the page again starts afresh.
        let (_, again) = {
            let r = app.get_with("/nb/staff/login", &kept).await;
            (r.status(), r.text().await.unwrap())
        };
        assert!(
            !again.contains("passordet er feil") && !again.contains(email),
            "{again}"
        );

        // Refused again from an address that still carries an old error: it does not grow.
        let response = app
            .post("/api/login")
            .header(header::ORIGIN, &app.base)
            .header(header::ACCEPT, "text/html")
            .header(
                header::REFERER,
                format!(
                    "{}/nb/staff/login?next=%2Fnb%2Fstaff%2Faudit&__path=%2Fapi%2Flogin&__err=x",
                    app.base
                ),
            )
            .form(&[
                ("lang", "nb"),
                ("email", email),
                ("password", "wrong again"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.headers()[header::LOCATION],
            "/nb/staff/login?next=%2Fnb%2Fstaff%2Faudit"
        );
        // Someone else's browser, without the cookie, sees none of it.
        let (_, other) = app.text("/nb/staff/login?next=%2Fnb%2Fstaff%2Faudit").await;
        assert!(!other.contains(email) && !other.contains("passordet er feil"));
    });
}

/// The `kept_form` cookie a refused form's redirect sets.
fn kept_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("kept_form=") && !c.starts_with("kept_form=;"))
        .map(|c| c.split(';').next().unwrap().to_string())
}

#[test]
fn staff_data_needs_a_session() {
    run(async {
        let app = spawn_app().await;
        let response = app
            .post("/api/me")
            .header(header::ORIGIN, &app.base)
            .send()
            .await
            .unwrap();
        assert!(!response.status().is_success());
        let body = response.text().await.unwrap();
        assert!(body.contains("sign-in"), "{body}");
        let forged = app
            .post("/api/me")
            .header(header::ORIGIN, &app.base)
            .header(header::COOKIE, "neste_steg_session=made-up-token")
            .send()
            .await
            .unwrap();
        assert!(forged.text().await.unwrap().contains("sign-in"));
    });
}

#[test]
fn administration_is_for_administrators_only() {
    run(async {
        let app = spawn_app().await;
        let advisor = session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
        let coordinator = session_of(&app, "kari.koordinator@demo.neste-steg.no").await;
        let new_staff = [
            ("full_name", "Per Ny"),
            ("email", "per.ny@vfk.no"),
            ("role", "administrator"),
            ("department", ""),
            ("password", "et langt passord her"),
            ("lang", "nb"),
        ];
        for (endpoint, form) in [
            ("administration", &[][..]),
            ("audit", &[][..]),
            ("create-staff", &new_staff[..]),
            (
                "set-staff-active",
                &[("staff_id", "1"), ("active", "false")][..],
            ),
        ] {
            let (status, body) = call(&app, endpoint, None, form).await;
            assert!(
                !status.is_success() && body.contains("sign-in"),
                "{endpoint} signed out: {status} {body}"
            );
            for cookie in [&advisor, &coordinator] {
                let (status, body) = call(&app, endpoint, Some(cookie), form).await;
                assert!(
                    !status.is_success() && body.contains("not-found"),
                    "{endpoint}: {status} {body}"
                );
            }
        }
        // Nothing was created or closed by the refused calls.
        let admin = session_of(&app, "arne.admin@demo.neste-steg.no").await;
        let (_, body) = call(&app, "administration", Some(&admin), &[]).await;
        assert!(!body.contains("per.ny@vfk.no"));
        assert!(!body.contains("\"active\":false"), "{body}");
    });
}

#[test]
fn an_administrator_creates_an_advisor_who_logs_in_and_can_be_closed() {
    run(async {
        let app = spawn_app().await;
        let admin = session_of(&app, "arne.admin@demo.neste-steg.no").await;
        let bad = [
            ("full_name", " "),
            ("email", "ikke-epost"),
            ("role", "advisor"),
            ("department", "horten"),
            ("password", "kort"),
            ("lang", "nb"),
        ];
        let (status, body) = call(&app, "create-staff", Some(&admin), &bad).await;
        assert!(!status.is_success());
        for field in ["full_name", "email", "password"] {
            assert!(body.contains(field), "{field} not named in {body}");
        }
        let good = [
            ("full_name", "Per Ny"),
            ("email", "Per.Ny@vfk.no"),
            ("role", "advisor"),
            ("department", "larvik"),
            ("password", "et langt passord her"),
            ("lang", "nb"),
        ];
        let (status, body) = call(&app, "create-staff", Some(&admin), &good).await;
        assert!(status.is_success(), "{status} {body}");
        let (status, body) = call(&app, "create-staff", Some(&admin), &good).await;
        assert!(!status.is_success() && body.contains("conflict"), "{body}");

        let response = form_login(&app, "per.ny@vfk.no", "et langt passord her").await;
        let per = session_cookie(&response).expect("the new advisor logs in");
        let (_, me) = call(&app, "me", Some(&per), &[]).await;
        assert!(me.contains("Larvik") && me.contains("advisor"), "{me}");

        let (_, listing) = call(&app, "administration", Some(&admin), &[]).await;
        let listing: serde_json::Value = serde_json::from_str(&listing).unwrap();
        let per_id = listing["staff"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["email"] == "per.ny@vfk.no")
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let (status, _) = call(
            &app,
            "set-staff-active",
            Some(&admin),
            &[("staff_id", &per_id.to_string()), ("active", "false")],
        )
        .await;
        assert!(status.is_success());
        // Closing the account ended the session at once, and a new login is refused.
        let (_, me) = call(&app, "me", Some(&per), &[]).await;
        assert!(me.contains("sign-in"), "{me}");
        let response = form_login(&app, "per.ny@vfk.no", "et langt passord her").await;
        assert!(session_cookie(&response).is_none());

        // An administrator cannot close their own account.
        let arne_id = listing["staff"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["email"] == "arne.admin@demo.neste-steg.no")
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let (status, body) = call(
            &app,
            "set-staff-active",
            Some(&admin),
            &[("staff_id", &arne_id.to_string()), ("active", "false")],
        )
        .await;
        assert!(!status.is_success() && body.contains("conflict"), "{body}");

        let (_, audit) = call(&app, "audit", Some(&admin), &[]).await;
        for action in ["staff.create", "staff.disable", "session.login"] {
            assert!(
                audit.contains(action),
                "{action} missing from the audit log: {audit}"
            );
        }
    });
}

#[test]
fn administrators_change_roles_departments_and_office_details() {
    run(async {
        let app = spawn_app().await;
        let admin = session_of(&app, "arne.admin@demo.neste-steg.no").await;
        let advisor = session_of(&app, "ingrid.haugen@demo.neste-steg.no").await;
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
        let (status, body) = call(&app, "update-department", Some(&advisor), &office).await;
        assert!(!status.is_success() && body.contains("not-found"), "{body}");
        let mut bad = office;
        bad[3] = ("form[postal_code]", "31");
        let (status, body) = call(&app, "update-department", Some(&admin), &bad).await;
        assert!(
            !status.is_success() && body.contains("postal_code"),
            "{body}"
        );
        let (status, body) = call(&app, "update-department", Some(&admin), &office).await;
        assert!(status.is_success(), "{body}");
        let (_, html) = app.text("/nb/kontakt").await;
        assert!(html.contains("<h2>Horten sentrum</h2>") && html.contains("Torget 2"));

        let ingrid_id = {
            let (_, listing) = call(&app, "administration", Some(&admin), &[]).await;
            let listing: serde_json::Value = serde_json::from_str(&listing).unwrap();
            listing["staff"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["email"] == "ingrid.haugen@demo.neste-steg.no")
                .unwrap()["id"]
                .as_i64()
                .unwrap()
                .to_string()
        };
        let change = [
            ("staff_id", ingrid_id.as_str()),
            ("role", "coordinator"),
            ("departments[larvik]", "on"),
            ("departments[tonsberg]", "on"),
        ];
        let (status, body) = call(&app, "update-staff", Some(&advisor), &change).await;
        assert!(
            !status.is_success() && body.contains("not-found"),
            "an advisor promoted herself: {body}"
        );
        let (status, body) = call(&app, "update-staff", Some(&admin), &change).await;
        assert!(status.is_success(), "{body}");
        let (_, me) = call(&app, "me", Some(&advisor), &[]).await;
        assert!(
            me.contains("coordinator")
                && me.contains("Larvik")
                && me.contains("Tønsberg")
                && !me.contains("Horten"),
            "{me}"
        );
        let (_, audit) = call(&app, "audit", Some(&admin), &[]).await;
        assert!(
            audit.contains("staff.update") && audit.contains("department.update"),
            "{audit}"
        );
    });
}

#[test]
fn staff_pages_are_server_html_with_islands_only_where_they_help() {
    run(async {
        let app = spawn_app().await;
        let (status, login) = app.text("/nb/staff/login").await;
        assert_eq!(status, StatusCode::OK);
        assert!(login.contains("Logg inn for ansatte"));
        // One island, the send button (it checks the fields before sending), and nothing else
        // to hydrate: no messages, no page state, no preloaded WASM.
        assert_eq!(login.matches("<leptos-island").count(), 1);
        assert!(login.contains(r#"data-component="SendButton"#));
        assert!(!login.contains("modulepreload"));
        assert!(!login.contains(r#"type="application/json""#));
        // Plain links: with no client router, none needs marking as external.
        assert!(!login.contains(r#"rel="external""#));
        let (_, youth) = app.text("/nb").await;
        assert!(youth.contains(r#"href="/nb/staff""#) && !youth.contains(r#"rel="external""#));
    });
}

#[test]
fn local_passwords_can_be_turned_off_when_the_identity_provider_is_configured() {
    run(async {
        // Discovery happens at the first login, so a provider that is not there yet is fine here.
        let app = spawn_app_with_vars(
            None,
            &[
                ("OIDC_ISSUER_URL", "http://127.0.0.1:9/realms/ot"),
                ("OIDC_CLIENT_ID", "neste-steg"),
                ("OIDC_CLIENT_SECRET", "http-test-secret"),
                ("LOCAL_LOGIN", "false"),
            ],
        )
        .await;
        let (_, html) = app.text("/nb/staff/login").await;
        assert!(html.contains("/auth/oidc/start"), "{html}");
        assert!(
            !html.contains("type=\"password\""),
            "no password field: {html}"
        );
        let response = form_login(&app, "kari.koordinator@demo.neste-steg.no", DEMO_PASSWORD).await;
        assert!(
            session_cookie(&response).is_none(),
            "a right password opens nothing"
        );

        // A callback that no browser started here (no state cookie) makes no session.
        let response = app
            .get("/auth/oidc/callback?code=stolen&state=forged")
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert!(session_cookie(&response).is_none());
        assert_eq!(
            response.headers()[header::LOCATION],
            "/nb/staff/login?oidc=failed"
        );
        // Starting a login from another site is refused like every other state change.
        let forged = app
            .post("/auth/oidc/start")
            .header(header::ORIGIN, "https://evil.example")
            .form(&[("lang", "nb")])
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), StatusCode::FORBIDDEN);
        // An unreachable provider sends the person back to the login page with a message.
        let response = app
            .post("/auth/oidc/start")
            .header(header::ORIGIN, &app.base)
            .form(&[("lang", "nn")])
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.headers()[header::LOCATION],
            "/nn/staff/login?oidc=failed"
        );
    });
}
