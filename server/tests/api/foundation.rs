//! The ground every page stands on: probes, language negotiation and redirects, public pages
//! and 404s, the language form, refusing other origins, assets, security headers, start-up.

use reqwest::{header, StatusCode};
use server::{config::Config, startup::Application};

use crate::helpers::{run, spawn_app};

#[test]
fn probes_answer() {
    run(async {
        let app = spawn_app().await;
        assert_eq!(app.text("/healthz").await, (StatusCode::OK, "ok".into()));
        assert_eq!(app.text("/readyz").await, (StatusCode::OK, "ready".into()));
    });
}

#[test]
fn the_root_redirects_to_the_negotiated_language() {
    run(async {
        let app = spawn_app().await;
        let cases = [
            (None, Some("nn-NO,nn;q=0.9,en;q=0.5"), "/nn"),
            (None, Some("no"), "/nb"),
            (None, Some("de,en;q=0.8"), "/en"),
            (None, None, "/nb"),
            (Some("lang=en"), Some("nn"), "/en"),
        ];
        for (cookie, accept, expected) in cases {
            let mut request = app.client.get(format!("{}/", app.base));
            if let Some(cookie) = cookie {
                request = request.header(header::COOKIE, cookie);
            }
            if let Some(accept) = accept {
                request = request.header(header::ACCEPT_LANGUAGE, accept);
            }
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), StatusCode::TEMPORARY_REDIRECT);
            assert_eq!(
                response.headers()[header::LOCATION],
                expected,
                "{cookie:?} {accept:?}"
            );
            assert!(response.headers()[header::VARY]
                .to_str()
                .unwrap()
                .contains("Accept-Language"));
        }
    });
}

#[test]
fn the_front_page_is_rendered_in_the_language_of_its_url() {
    run(async {
        let app = spawn_app().await;
        for (lang, heading) in [
            ("nb", "Hva vil du gjøre?"),
            ("nn", "Kva vil du gjere?"),
            ("en", "What do you want to do?"),
        ] {
            let (status, html) = app.text(&format!("/{lang}")).await;
            assert_eq!(status, StatusCode::OK);
            assert!(
                html.contains(&format!(r#"<html lang="{lang}" dir="ltr""#)),
                "{lang}: {}",
                &html[..200.min(html.len())]
            );
            assert!(html.contains(heading), "{lang} heading missing");
            assert!(
                html.contains("Oppfølgingstjenesten i Vestfold"),
                "county name missing"
            );
            // Islands: the front page has none, so nothing preloads the WASM (the loader
            // fetches it only where an island is: end2end/tests/islands.spec.ts); no
            // language's messages travel to the browser.
            assert!(!html.contains("<leptos-island"), "{lang}: an island");
            assert!(!html.contains("modulepreload") && !html.contains(r#"rel="preload""#));
            assert!(!html.contains(r#"type="application/json""#), "{lang}: JSON");
            let others = [
                "Hva vil du gjøre?",
                "Kva vil du gjere?",
                "What do you want to do?",
            ];
            for other in others.iter().filter(|o| **o != heading) {
                assert!(!html.contains(other), "{lang} page carries {other:?}");
            }
            // Hashed asset names from the build's hash file.
            assert!(html.contains("/pkg/neste_steg.csshash.css"));
        }
        // A page with an island loads the WASM once, by its hashed name, to hydrate it.
        let (_, booking) = app.text("/nb/bestill?kontor=larvik&form=office").await;
        // The time list, the request's send button and the call-me request's send button.
        assert_eq!(booking.matches("<leptos-island").count(), 3);
        assert!(booking.contains("TimeList") && booking.contains("SendButton"));
        assert_eq!(booking.matches("hydrateIslands(document.body").count(), 1);
        assert!(booking.contains(r#"("", "pkg", "neste_steg.jshash", "neste_steg.wasmhash")"#));
    });
}

#[test]
fn the_contact_page_lists_the_offices_from_the_database() {
    run(async {
        let app = spawn_app().await;
        let (status, html) = app.text("/nn/kontakt").await;
        assert_eq!(status, StatusCode::OK);
        for office in ["Horten", "Tønsberg", "Sandefjord", "Larvik"] {
            assert!(
                html.contains(&format!("<h2>{office}</h2>")),
                "{office} missing"
            );
        }
        assert!(
            html.contains("Måndag–torsdag"),
            "opening hours are not grouped and translated"
        );
        assert!(html.contains("08:00–14:00"));
    });
}

#[test]
fn a_trailing_slash_redirects_to_the_page() {
    run(async {
        let app = spawn_app().await;
        for (path, target) in [
            ("/nb/", "/nb"),
            ("/nn/kontakt/", "/nn/kontakt"),
            ("/en/kontakt/?a=1", "/en/kontakt?a=1"),
        ] {
            let response = app.get(path).await;
            assert_eq!(response.status(), StatusCode::PERMANENT_REDIRECT, "{path}");
            assert_eq!(response.headers()[header::LOCATION], target);
        }
        let response = app.get("//evil.example/").await;
        assert_ne!(response.status(), StatusCode::PERMANENT_REDIRECT);
    });
}

#[test]
fn unknown_pages_are_a_translated_404() {
    run(async {
        let app = spawn_app().await;
        for (path, lang, text) in [
            ("/nn/finst-ikkje", "nn", "Vi fann ikkje sida"),
            ("/en/nothing-here", "en", "We could not find that page"),
            ("/xx", "nb", "Vi fant ikke siden"),
            ("/nb/kontakt/ekstra/del", "nb", "Vi fant ikke siden"),
        ] {
            let (status, html) = app.text(path).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
            assert!(html.contains(text), "{path}: {text:?} missing");
            assert!(html.contains(&format!(r#"<html lang="{lang}""#)), "{path}");
        }
    });
}

#[test]
fn the_language_form_sets_the_cookie_and_returns_to_the_same_page() {
    run(async {
        let app = spawn_app().await;
        let response = app
            .post("/language")
            .header(header::ORIGIN, &app.base)
            .form(&[("lang", "nn"), ("return_to", "/nb/kontakt")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(response.headers()[header::LOCATION], "/nn/kontakt");
        let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap();
        assert!(
            cookie.starts_with("lang=nn;")
                && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );

        let response = app
            .post("/language")
            .header(header::ORIGIN, &app.base)
            .form(&[("lang", "en"), ("return_to", "//evil.example/nb")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()[header::LOCATION], "/en");
    });
}

#[test]
fn state_changes_from_other_origins_are_refused() {
    run(async {
        let app = spawn_app().await;
        let forged = [
            app.post("/language").form(&[("lang", "en")]),
            app.post("/language")
                .header(header::ORIGIN, "https://evil.example")
                .form(&[("lang", "en")]),
            app.post("/language")
                .header("sec-fetch-site", "cross-site")
                .header(header::ORIGIN, &app.base)
                .form(&[("lang", "en")]),
            app.post("/api/offices")
                .header(header::ACCEPT_LANGUAGE, "nn"),
        ];
        for request in forged {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), StatusCode::FORBIDDEN);
            assert!(response.headers().get(header::SET_COOKIE).is_none());
            let body = response.text().await.unwrap();
            assert!(body.contains("Neste steg"), "untranslated refusal: {body}");
        }
    });
}

#[test]
fn server_functions_answer_our_own_pages() {
    run(async {
        let app = spawn_app().await;
        let response = app
            .post("/api/offices")
            .header("sec-fetch-site", "same-origin")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let offices: serde_json::Value = response.json().await.unwrap();
        assert_eq!(offices.as_array().unwrap().len(), 4);
    });
}

#[test]
fn assets_are_served_precompressed_and_cached_for_a_year() {
    run(async {
        let app = spawn_app().await;
        for (accept, encoding, body) in [
            ("br", Some("br"), "brotli bytes"),
            ("gzip", Some("gzip"), "gzip bytes"),
            ("identity", None, "export default function(){}"),
        ] {
            let response = app
                .client
                .get(format!("{}/pkg/neste_steg.jshash.js", app.base))
                .header(header::ACCEPT_ENCODING, accept)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            assert_eq!(
                response
                    .headers()
                    .get(header::CONTENT_ENCODING)
                    .map(|v| v.to_str().unwrap()),
                encoding,
                "{accept}"
            );
            assert!(response.headers()[header::CACHE_CONTROL]
                .to_str()
                .unwrap()
                .contains("immutable"));
            assert!(response.headers()[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .contains("javascript"));
            assert_eq!(response.bytes().await.unwrap(), body.as_bytes());
        }
        assert_eq!(
            app.get("/pkg/missing.js").await.status(),
            StatusCode::NOT_FOUND
        );
    });
}

#[test]
fn pages_and_server_function_answers_are_compressed_for_clients_that_ask() {
    run(async {
        let app = spawn_app().await;
        let page = |encoding: &'static str| {
            app.client
                .get(format!("{}/nb/rettigheter", app.base))
                .header(header::ACCEPT, "text/html")
                .header(header::ACCEPT_ENCODING, encoding)
                .send()
        };
        let plain = page("identity").await.unwrap();
        assert_eq!(plain.headers().get(header::CONTENT_ENCODING), None);
        let plain = plain.bytes().await.unwrap();
        assert!(plain.starts_with(b"<!DOCTYPE html>"));
        for encoding in ["br", "gzip"] {
            let response = page(encoding).await.unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            assert_eq!(response.headers()[header::CONTENT_ENCODING], encoding);
            assert!(response.headers()[header::VARY]
                .to_str()
                .unwrap()
                .contains("accept-encoding"));
            let body = response.bytes().await.unwrap();
            assert!(
                body.len() * 2 < plain.len(),
                "{encoding}: {} of {} bytes",
                body.len(),
                plain.len()
            );
        }
        // A server function's refusal is compressed too, and keeps its status.
        let response = app
            .post("/api/audit")
            .header(header::ORIGIN, &app.base)
            .header(header::ACCEPT_ENCODING, "br")
            .header(header::ACCEPT, "application/json")
            .body("")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    });
}

#[test]
fn the_icon_is_served_and_named_by_every_page() {
    run(async {
        let app = spawn_app().await;
        for path in ["/favicon.ico", "/favicon.svg"] {
            let response = app.get(path).await;
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            assert_eq!(response.headers()[header::CONTENT_TYPE], "image/svg+xml");
            assert!(response.text().await.unwrap().starts_with("<svg"));
        }
        let (_, html) = app.text("/nb").await;
        assert!(html.contains(r#"<link rel="icon" href="/favicon.svg" type="image/svg+xml""#));
    });
}

#[test]
fn every_response_keeps_referrers_and_frames_out() {
    run(async {
        let app = spawn_app().await;
        let response = app.get("/nb").await;
        assert_eq!(response.headers()["referrer-policy"], "same-origin");
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert!(response.headers().contains_key("x-request-id"));
    });
}

#[test]
fn a_missing_county_stops_the_start_with_a_clear_message() {
    run(async {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().display().to_string();
        let config = Config::from_lookup(|name| match name {
            "LISTEN_ADDR" => Some("127.0.0.1:0".into()),
            "DATA_DIR" => Some(data.clone()),
            _ => None,
        })
        .unwrap();
        let err = Application::build(config)
            .await
            .err()
            .expect("no county, no start");
        assert!(err.to_string().contains("DEMO_DATA=true"), "{err}");
    });
}
