//! Refuses state-changing requests that another site could have sent (CSRF), and sets the
//! headers every response carries.

use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::startup::AppState;

/// Decides whether a request that changes state came from our own pages.
///
/// `Sec-Fetch-Site`, when the browser sends it, must say `same-origin`; otherwise the `Origin`
/// header must be the configured public origin. A request with neither is refused: every
/// browser we serve sends at least one on a POST.
pub fn is_same_origin(
    method: &Method,
    sec_fetch_site: Option<&str>,
    origin: Option<&str>,
    public_origin: &str,
) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    match (sec_fetch_site, origin) {
        (Some(site), _) => site == "same-origin",
        (None, Some(origin)) => origin == public_origin,
        (None, None) => false,
    }
}

pub async fn require_same_origin(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let headers = request.headers();
    let text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    if is_same_origin(
        request.method(),
        text("sec-fetch-site"),
        text(header::ORIGIN.as_str()),
        &state.public_origin,
    ) {
        return next.run(request).await;
    }
    tracing::warn!(method = %request.method(), path = %redact_path(request.uri().path()), "refused a cross-origin state change");
    let lang = app::i18n::negotiate(
        request.uri().path(),
        text(header::COOKIE.as_str()),
        text(header::ACCEPT_LANGUAGE.as_str()),
    );
    let i18n = app::i18n::server::i18n(lang);
    let message = i18n.loader().get("error-forbidden-origin");
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_LANGUAGE, lang.code())],
        message,
    )
        .into_response()
}

/// The Content-Security-Policy of a page: scripts only from us, and inline ones only with this
/// response's nonce (Leptos writes it on the scripts it renders); the WASM may be compiled;
/// nothing may frame us; forms post only to us and to `form_targets`, the origins of the
/// county's identity provider (the staff login's form is redirected there, and a browser
/// checks `form-action` on that redirect too). Markup that slipped into a page could then
/// neither run script nor send a form elsewhere.
pub fn content_security_policy(nonce: Option<&str>, form_targets: &[String]) -> String {
    let scripts = match nonce {
        Some(nonce) => format!("'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "'self' 'wasm-unsafe-eval'".to_string(),
    };
    policy_with(&scripts, form_targets)
}

/// The same policy for a page kept in memory and sent to many (server/src/page_cache.rs): a
/// nonce sent twice is no nonce, so its inline scripts are allowed by their SHA-256 instead
/// (`hashes` as `sha256-…`, of exactly the text between the tags). Only pages without anything
/// a visitor sent are kept, so these are the server's own scripts, as a nonce would vouch.
pub fn content_security_policy_hashed(hashes: &[String]) -> String {
    let mut scripts = String::from("'self'");
    for hash in hashes {
        scripts.push_str(&format!(" '{hash}'"));
    }
    scripts.push_str(" 'wasm-unsafe-eval'");
    // A kept page is public: its forms post to us alone.
    policy_with(&scripts, &[])
}

fn policy_with(scripts: &str, form_targets: &[String]) -> String {
    let mut forms = String::from("'self'");
    for origin in form_targets {
        forms.push(' ');
        forms.push_str(origin);
    }
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action {forms}; frame-ancestors 'none'"
    )
}

/// The origins besides ours that a form may be sent on to: the identity provider's, if any.
pub fn form_targets(state: &AppState) -> Vec<String> {
    state
        .oidc
        .as_ref()
        .map(|oidc| oidc.origins())
        .unwrap_or_default()
}

/// Whether a response to `path` may carry a link token or personal data, and so must never be
/// stored by a browser or a proxy: the answer flow, bookings, the staff area, server functions,
/// calendar files, CSV exports, and the council's application, login and members' pages.
pub fn is_private_path(path: &str) -> bool {
    app::in_area(
        path,
        &[
            "/svar",
            "/bestill",
            "/bestilling",
            "/staff",
            "/ot-rad/bli-med",
            "/ot-rad/logg-inn",
            "/ot-rad/lenke",
            "/ot-rad/medlem",
        ],
    ) || path.starts_with("/api/")
        || path.starts_with("/auth/")
        || path.ends_with(".ics")
        || path.ends_with(".csv")
}

/// Headers for every response. No referrer leaves for another site (links carry personal
/// tokens); our own forms keep theirs, which is how a form posted without JavaScript finds its
/// way back to its page.
pub async fn security_headers(
    State(state): State<AppState>,
    request: Request<Body>,
    next: Next,
) -> Response {
    let private = is_private_path(request.uri().path());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Pages set their own policy with their nonce (startup's request context); everything else
    // (files, redirects, our own routes) gets the same policy without one.
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        let targets = form_targets(&state);
        if let Ok(value) = HeaderValue::from_str(&content_security_policy(None, &targets)) {
            headers.insert(header::CONTENT_SECURITY_POLICY, value);
        }
    }
    headers.insert(
        http::HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static(
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
        ),
    );
    if state.public_origin.starts_with("https://") {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if private {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// A path as the log may keep it: a link token in `/{lang}/svar/{token}…`, a booking's, a
/// booking code's and the council's login link and code page is replaced, since a logged token
/// would open someone's answer. Every log line that names a path goes through here.
pub fn redact_path(path: &str) -> std::borrow::Cow<'_, str> {
    let mut segments: Vec<&str> = path.split('/').collect();
    match segments
        .iter()
        .position(|s| matches!(*s, "svar" | "bestilling" | "bekreft" | "lenke" | "logg-inn"))
    {
        Some(i) if segments.len() > i + 1 && !segments[i + 1].is_empty() => {
            segments[i + 1] = "…";
            std::borrow::Cow::Owned(segments.join("/"))
        }
        _ => std::borrow::Cow::Borrowed(path),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn pages_with_tokens_or_personal_data_are_private() {
        for path in [
            "/nb/svar/abc",
            "/nb/svar",
            "/ar/bestilling/abc/kalender.ics",
            "/nb/bestill",
            "/nb/svar/abc/bestill",
            "/nb/staff",
            "/nn/staff/answers/3",
            "/nb/staff/answers.csv",
            "/api/book-options",
            "/auth/oidc/callback",
        ] {
            assert!(super::is_private_path(path), "{path}");
        }
        for path in [
            "/nb",
            "/nb/rettigheter",
            "/nb/kontakt",
            "/pkg/neste_steg.abc.css",
            "/nb/staffe",
        ] {
            assert!(!super::is_private_path(path), "{path}");
        }
    }

    #[test]
    fn scripts_run_only_from_us_or_with_the_nonce() {
        let policy = super::content_security_policy(Some("n0nce"), &[]);
        assert!(policy.contains("script-src 'self' 'nonce-n0nce' 'wasm-unsafe-eval';"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(policy.contains("form-action 'self';"));
        assert!(!policy.contains("unsafe-inline"));
        assert!(!super::content_security_policy(None, &[]).contains("nonce"));
        let login = super::content_security_policy(None, &["https://login.fylke.no".into()]);
        assert!(login.contains("form-action 'self' https://login.fylke.no;"));
        let hashed = super::content_security_policy_hashed(&["sha256-abc=".into()]);
        assert!(hashed.contains("script-src 'self' 'sha256-abc=' 'wasm-unsafe-eval';"));
        assert!(hashed.contains("form-action 'self';"));
        assert!(!hashed.contains("nonce") && !hashed.contains("unsafe-inline"));
    }

    #[test]
    fn link_tokens_never_reach_the_log() {
        assert_eq!(
            super::redact_path("/nb/svar/abcDEF123/aktivitet"),
            "/nb/svar/…/aktivitet"
        );
        assert_eq!(super::redact_path("/nn/svar/abcDEF123"), "/nn/svar/…");
        assert_eq!(super::redact_path("/nb/svar"), "/nb/svar");
        assert_eq!(
            super::redact_path("/nb/bestill/bekreft/abcDEF123"),
            "/nb/bestill/bekreft/…"
        );
        assert_eq!(super::redact_path("/nb/kontakt"), "/nb/kontakt");
        // The council's one-time link and code page carry tokens too.
        assert_eq!(
            super::redact_path("/nb/ot-rad/lenke/abcDEF123"),
            "/nb/ot-rad/lenke/…"
        );
        assert_eq!(
            super::redact_path("/se/ot-rad/logg-inn/abcDEF123"),
            "/se/ot-rad/logg-inn/…"
        );
        assert_eq!(
            super::redact_path("/nb/ot-rad/logg-inn"),
            "/nb/ot-rad/logg-inn"
        );
        assert_eq!(
            super::redact_path("/nb/bestilling/abc/kalender.ics"),
            "/nb/bestilling/…/kalender.ics"
        );
    }

    use super::*;

    const OURS: &str = "https://ot.example.no";

    #[test]
    fn reads_pass_whatever_their_origin() {
        assert!(is_same_origin(
            &Method::GET,
            Some("cross-site"),
            Some("https://evil.example"),
            OURS
        ));
    }

    #[test]
    fn posts_need_our_origin() {
        assert!(is_same_origin(
            &Method::POST,
            Some("same-origin"),
            None,
            OURS
        ));
        assert!(is_same_origin(&Method::POST, None, Some(OURS), OURS));
        assert!(!is_same_origin(
            &Method::POST,
            Some("cross-site"),
            Some(OURS),
            OURS
        ));
        assert!(!is_same_origin(
            &Method::POST,
            Some("same-site"),
            None,
            OURS
        ));
        assert!(!is_same_origin(
            &Method::POST,
            None,
            Some("https://evil.example"),
            OURS
        ));
        assert!(!is_same_origin(&Method::POST, None, Some("null"), OURS));
        assert!(!is_same_origin(&Method::POST, None, None, OURS));
        assert!(!is_same_origin(&Method::DELETE, None, None, OURS));
    }
}
