//! Refused forms come back with what was typed (see `domain::kept_form`).
//!
//! A form posted without JavaScript reaches a server function, which answers an error with a
//! redirect to the form's page carrying `__path` and `__err` in the address. This layer keeps the
//! posted values and the error on the server under a cookie, and sends the person back to the
//! page's own clean address; when that page is opened, its values and error are handed to the
//! render (`app::components::form::Kept`). One mechanism for every form of the portal.

use axum::{
    body::{to_bytes, Body},
    extract::{Request, State},
    http::{header, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use domain::kept_form::{self, KeptForm};

use crate::startup::AppState;

pub(crate) const COOKIE: &str = "kept_form";
/// Forms are short; a body beyond this is not one of ours.
const MAX_FORM_BODY: usize = 256 * 1024;

pub async fn keep_refused_forms(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if request.method() == Method::POST
        && request.uri().path().starts_with("/api/")
        && is_form(&request)
    {
        return keep_if_refused(&state, request, next).await;
    }
    if request.method() == Method::GET && !request.uri().path().starts_with("/api/") {
        // An error in the address is never a real refusal (those come back through the kept
        // form above, to the clean address): a link carrying one would put any of the
        // portal's messages on any page. Leptos reads the pair from the address, so it goes.
        let query = request.uri().query().unwrap_or_default();
        if query.contains("__path") || query.contains("__err") {
            let target = request
                .uri()
                .path_and_query()
                .map(|p| p.as_str())
                .unwrap_or("/");
            let clean = refusal_in(target)
                .map(|(page, ..)| page)
                .unwrap_or_else(|| strip_refusal(target));
            return axum::response::Redirect::to(&clean).into_response();
        }
        if let Some(token) = cookie(&request) {
            return with_kept(&state, token, request, next).await;
        }
    }
    next.run(request).await
}

fn is_form(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
}

fn cookie(request: &Request) -> Option<String> {
    request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_owned())
}

async fn keep_if_refused(state: &AppState, request: Request, next: Next) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_FORM_BODY).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    // A form whose values are not UTF-8 (`%FF`) would be read with U+FFFD in their place and
    // stored altered: refused whole instead.
    if !is_utf8_form(&bytes) {
        tracing::warn!(path = %parts.uri.path(), "a form that is not UTF-8");
        let body = serde_json::to_string(&app::error::AppError::BadRequest).unwrap_or_default();
        return (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response();
    }
    let fields: Vec<(String, String)> = form_urlencoded::parse(&bytes).into_owned().collect();
    let mut response = next
        .run(Request::from_parts(parts, Body::from(bytes)))
        .await;
    if !response.status().is_redirection() {
        return response;
    }
    let Some(location) = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
    else {
        return response;
    };
    let Some((page, action, error)) = refusal_in(location) else {
        return response;
    };
    let form = KeptForm {
        page: page.clone(),
        action,
        error,
        fields,
    };
    let cookie = match kept_form::keep(&state.db, &form, chrono::Utc::now()).await {
        Ok(token) => format!(
            "{COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
            kept_form::LIFETIME.num_seconds(),
            secure(state)
        ),
        Err(error) => {
            // The person still gets the page and its error, only without their values.
            tracing::error!(%error, "keeping a refused form");
            return response;
        }
    };
    if let (Ok(location), Ok(cookie)) =
        (HeaderValue::from_str(&page), HeaderValue::from_str(&cookie))
    {
        response.headers_mut().insert(header::LOCATION, location);
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

async fn with_kept(state: &AppState, token: String, mut request: Request, next: Next) -> Response {
    let page = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    let kept = match kept_form::take(&state.db, &token, &page, chrono::Utc::now()).await {
        Ok(kept) => kept,
        Err(error) => {
            tracing::error!(%error, "reading a kept form");
            None
        }
    };
    let Some(kept) = kept else {
        return next.run(request).await;
    };
    request
        .extensions_mut()
        .insert(app::components::form::Kept {
            action: kept.action,
            error: kept.error,
            fields: kept.fields,
        });
    let mut response = next.run(request).await;
    let clear = format!(
        "{COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{}",
        secure(state)
    );
    if let Ok(clear) = HeaderValue::from_str(&clear) {
        response.headers_mut().append(header::SET_COOKIE, clear);
    }
    response
}

fn secure(state: &AppState) -> &'static str {
    if state.portal.secure_cookies {
        "; Secure"
    } else {
        ""
    }
}

/// Whether every name and value of an `application/x-www-form-urlencoded` body decodes to UTF-8.
fn is_utf8_form(body: &[u8]) -> bool {
    body.split(|b| *b == b'&').all(|pair| {
        let plus_as_space: Vec<u8> = pair
            .iter()
            .map(|&b| if b == b'+' { b' ' } else { b })
            .collect();
        percent_encoding::percent_decode(&plus_as_space)
            .decode_utf8()
            .is_ok()
    })
}

/// `target` without any `__path` or `__err` parameter (one of the pair alone).
fn strip_refusal(target: &str) -> String {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let kept = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            form_urlencoded::parse(query.as_bytes())
                .filter(|(name, _)| name != "__path" && name != "__err"),
        )
        .finish();
    let path = if path.starts_with('/') && !path.starts_with("//") {
        path
    } else {
        "/"
    };
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{kept}")
    }
}

/// From a server function's redirect after an error: the page's own address (path and query,
/// without any `__path`/`__err` pair), the server function and its error. None when the
/// redirect carries no error.
pub fn refusal_in(location: &str) -> Option<(String, String, String)> {
    // The redirect names the Referer, an absolute URL; we send back a path of our own.
    let path = match location.find("://") {
        Some(scheme_end) => {
            let rest = &location[scheme_end + 3..];
            &rest[rest.find(['/', '?', '#']).unwrap_or(rest.len())..]
        }
        None => location,
    };
    let path = path.split('#').next().unwrap_or_default();
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let (mut action, mut error) = (None, None);
    let mut kept = form_urlencoded::Serializer::new(String::new());
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        match name.as_ref() {
            "__path" => action = Some(value.into_owned()),
            "__err" => error = Some(value.into_owned()),
            _ => {
                kept.append_pair(&name, &value);
            }
        }
    }
    let query = kept.finish();
    let path = if path.starts_with('/') && !path.starts_with("//") {
        path
    } else {
        "/"
    };
    let page = if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    };
    Some((page, action?, error?))
}

#[cfg(test)]
mod tests {
    use super::refusal_in;

    #[test]
    fn the_page_comes_back_clean_with_the_last_error() {
        assert_eq!(
            refusal_in("http://127.0.0.1:3000/nb/bestill?kontor=horten"),
            None
        );
        let (page, action, error) = refusal_in(
            "http://127.0.0.1:3000/nb/bestill?kontor=horten&__path=%2Fapi%2Fa&__err=old&__path=%2Fapi%2Fb&__err=%7B%22code%22%3A%22x%22%7D#top",
        )
        .unwrap();
        assert_eq!(page, "/nb/bestill?kontor=horten");
        assert_eq!(action, "/api/b");
        assert_eq!(error, r#"{"code":"x"}"#);
        let (page, _, _) = refusal_in("/nb/staff/login?__path=%2Fapi%2Fl&__err=e").unwrap();
        assert_eq!(page, "/nb/staff/login");
        // Only a path of ours, never another host.
        let (page, _, _) = refusal_in("https://evil.example?__path=a&__err=b").unwrap();
        assert_eq!(page, "/");
        assert_eq!(
            super::strip_refusal("/nb/svar?__err=x&kode=1"),
            "/nb/svar?kode=1"
        );
        assert_eq!(super::strip_refusal("//evil.example?__path=x"), "/");
        assert!(super::is_utf8_form(b"name=%C3%98yvind+Berg&lang=nb"));
        assert!(!super::is_utf8_form(b"name=%FF&lang=nb"));
        assert!(!super::is_utf8_form(b"%FE=1"));
        assert!(!super::is_utf8_form(&[b'a', b'=', 0xFF]));
    }
}
