//! The routes that are not Leptos pages: probes, the root redirect and the language choice.

use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
    Form,
};
use serde::Deserialize;

use app::i18n::{negotiate, Lang, LANG_COOKIE};

use crate::startup::AppState;

/// Liveness: the process answers.
pub async fn healthz() -> &'static str {
    "ok"
}

/// Readiness: the database answers too. The cause of a failure goes to the log, not the probe.
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ready").into_response(),
        Err(err) => {
            tracing::error!(error = %err, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// `/` sends each visitor to the front page in their language.
pub async fn root(headers: HeaderMap) -> Response {
    let text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    let lang = negotiate(
        "/",
        text(header::COOKIE.as_str()),
        text(header::ACCEPT_LANGUAGE.as_str()),
    );
    let mut response = Redirect::temporary(&format!("/{}", lang.code())).into_response();
    // The answer depends on these request headers; caches must not mix visitors up.
    response.headers_mut().insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[derive(Deserialize)]
pub struct LanguageChoice {
    lang: String,
    #[serde(default)]
    return_to: String,
}

/// The language picker's form: remembers the choice in a cookie and returns the visitor to the
/// page they were on, now in the chosen language.
pub async fn choose_language(
    State(state): State<AppState>,
    Form(choice): Form<LanguageChoice>,
) -> Response {
    let Some(lang) = Lang::from_code(&choice.lang) else {
        return (StatusCode::BAD_REQUEST, "unknown language").into_response();
    };
    let target = format!("/{}{}", lang.code(), page_path(&choice.return_to));
    let secure = if state.public_origin.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        lang.code()
    );
    let mut response = Redirect::to(&target).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// The part of a portal path after its language prefix, or "" for anything that is not a plain
/// path of ours (another host, `//evil`, a backslash trick): never an open redirect.
pub fn page_path(return_to: &str) -> &str {
    let path = return_to.split(['?', '#']).next().unwrap_or("");
    let safe = path.starts_with('/')
        && !path.starts_with("//")
        && path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/-_.~%".contains(c));
    if !safe {
        return "";
    }
    match Lang::from_path(path) {
        Some(lang) => {
            let rest = &path[1 + lang.code().len()..];
            if rest == "/" {
                ""
            } else {
                rest
            }
        }
        None => "",
    }
}

/// `/nb/kontakt/` → `/nb/kontakt`: one address per page, and no 404 for a typed slash.
pub async fn trim_trailing_slash(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let path = request.uri().path();
    let is_read = matches!(*request.method(), http::Method::GET | http::Method::HEAD);
    if is_read && path.len() > 1 && path.ends_with('/') {
        let trimmed = path.trim_end_matches('/');
        let target = match request.uri().query() {
            Some(query) => format!("{trimmed}?{query}"),
            None => trimmed.to_string(),
        };
        // `//evil.example/` would trim to `//evil.example`, which browsers read as another host.
        if !target.starts_with("//") && !target.is_empty() {
            return Redirect::permanent(&target).into_response();
        }
    }
    next.run(request).await
}

/// `/se/staff…` → `/nb/staff…`: the staff area speaks only nb, nn and en, and a member of staff
/// who reads the public pages in another language still gets a staff page they can read.
pub async fn staff_language(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let path = request.uri().path();
    let is_read = matches!(*request.method(), http::Method::GET | http::Method::HEAD);
    if let Some(lang) = Lang::from_path(path).filter(|l| !l.is_staff()) {
        if is_read && app::is_staff_path(path) {
            let rest = &path[1 + lang.code().len()..];
            let target = match request.uri().query() {
                Some(query) => format!("/{}{rest}?{query}", Lang::DEFAULT.code()),
                None => format!("/{}{rest}", Lang::DEFAULT.code()),
            };
            return Redirect::to(&target).into_response();
        }
    }
    next.run(request).await
}

/// The door of the staff area, before any page renders: `/staff…` without a language goes to
/// the negotiated staff language, and a signed-out visit to a staff page is sent to the login
/// page with a real redirect whatever the client's `Accept` header, remembering where it was
/// going. Pages still check the session themselves; this only makes the refusal a redirect.
pub async fn staff_gate(
    State(state): State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let path = request.uri().path().to_owned();
    let is_read = matches!(*request.method(), http::Method::GET | http::Method::HEAD);
    // Pages only: the CSV export answers 401 to a program, and the login page is the way in.
    if !is_read || !app::is_staff_path(&path) || path.ends_with(".csv") {
        return next.run(request).await;
    }
    let headers = request.headers();
    let Some(lang) = Lang::from_path(&path) else {
        let text = |name| {
            headers
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
        };
        let lang = negotiate(
            &path,
            text(header::COOKIE.as_str()),
            text(header::ACCEPT_LANGUAGE.as_str()),
        );
        let lang = if lang.is_staff() { lang } else { Lang::DEFAULT };
        let target = match request.uri().query() {
            Some(query) => format!("/{}{path}?{query}", lang.code()),
            None => format!("/{}{path}", lang.code()),
        };
        return Redirect::to(&target).into_response();
    };
    if path == format!("/{}/staff/login", lang.code()) {
        return next.run(request).await;
    }
    let signed_in = match cookie(headers, app::session::server::SESSION_COOKIE) {
        Some(token) => {
            let portal = &state.portal;
            match domain::session::resolve(
                &portal.db,
                &token,
                portal.session_policy,
                chrono::Utc::now(),
            )
            .await
            {
                Ok(staff) => staff
                    .filter(|s| s.county_id == portal.county.id)
                    .map(|s| app::session::SignedIn { role: s.role }),
                Err(err) => {
                    tracing::error!(error = %err, "session lookup failed");
                    return StatusCode::INTERNAL_SERVER_ERROR.into_response();
                }
            }
        }
        None => None,
    };
    if let Some(signed_in) = signed_in {
        let mut request = request;
        request.extensions_mut().insert(signed_in);
        return next.run(request).await;
    }
    let login = format!("/{}/staff/login", lang.code());
    let target = if path == format!("/{}/staff", lang.code()) {
        login
    } else {
        let wanted = match request.uri().query() {
            Some(query) => format!("{path}?{query}"),
            None => path.clone(),
        };
        format!(
            "{login}?next={}",
            form_urlencoded::byte_serialize(wanted.as_bytes()).collect::<String>()
        )
    };
    Redirect::to(&target).into_response()
}

/// The signed-in member of staff allowed young people's data, for routes outside Leptos;
/// otherwise the response to send (401 signed out, 404 for other roles, 500 logged).
/// One cookie's value from a request's headers.
pub(crate) fn cookie(headers: &HeaderMap, wanted: &str) -> Option<String> {
    headers
        .get(header::COOKIE)
        .and_then(|v| v.to_str().ok())
        .and_then(|cookies| {
            cookies
                .split(';')
                .filter_map(|pair| pair.trim().split_once('='))
                .find(|(name, _)| *name == wanted)
                .map(|(_, value)| value.to_string())
        })
}

async fn youth_staff(
    portal: &app::portal::server::Portal,
    headers: &HeaderMap,
) -> Result<(domain::staff::Staff, domain::contact_request::Scope), Response> {
    let staff = signed_in_staff(portal, headers).await?;
    match domain::contact_request::Scope::of(&staff) {
        Some(scope) => Ok((staff, scope)),
        None => Err(StatusCode::NOT_FOUND.into_response()),
    }
}

/// The signed-in, active member of staff of this county; otherwise the response to send (401
/// signed out, 500 logged).
async fn signed_in_staff(
    portal: &app::portal::server::Portal,
    headers: &HeaderMap,
) -> Result<domain::staff::Staff, Response> {
    let token = cookie(headers, app::session::server::SESSION_COOKIE);
    let staff = match token {
        Some(token) => {
            domain::session::resolve(
                &portal.db,
                &token,
                portal.session_policy,
                chrono::Utc::now(),
            )
            .await
        }
        None => Ok(None),
    };
    match staff {
        Ok(Some(staff)) if staff.county_id == portal.county.id => Ok(staff),
        Ok(_) => Err(StatusCode::UNAUTHORIZED.into_response()),
        Err(err) => {
            tracing::error!(error = %err, "session lookup failed");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

/// `/{lang}/staff/numbers/{table}.csv`: one table of the numbers page as a spreadsheet, the
/// same cells as the page (suppressed alike), for whoever may see that page.
pub async fn numbers_csv(
    State(state): State<AppState>,
    Path((lang, file)): Path<(String, String)>,
    axum::extract::Query(query): axum::extract::Query<app::pages::staff::numbers::NumbersQuery>,
    headers: HeaderMap,
) -> Response {
    use app::{error::AppError, pages::staff::numbers};
    let portal = &state.portal;
    let staff = match signed_in_staff(portal, &headers).await {
        Ok(staff) => staff,
        Err(response) => return response,
    };
    let Some(id) = file.strip_suffix(".csv") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let lang = Lang::from_code(&lang)
        .filter(|l| l.is_staff())
        .unwrap_or(Lang::DEFAULT);
    match numbers::load(portal, &staff, &query).await {
        Ok(page) => {
            let i18n = app::i18n::server::i18n(lang);
            match numbers::tables(&i18n, &page.numbers)
                .into_iter()
                .find(|t| t.id == id)
            {
                Some(table) => (
                    [
                        (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                        (
                            header::CONTENT_DISPOSITION,
                            format!("attachment; filename=\"tall-{id}.csv\""),
                        ),
                        (header::CACHE_CONTROL, "no-store".to_string()),
                    ],
                    numbers::csv(&table),
                )
                    .into_response(),
                None => StatusCode::NOT_FOUND.into_response(),
            }
        }
        Err(AppError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(AppError::InvalidInput { .. }) => StatusCode::UNPROCESSABLE_ENTITY.into_response(),
        Err(err) => {
            tracing::error!(error = %err, "numbers export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `/{lang}/bestilling/{token}/kalender.ics`: a confirmed meeting as a calendar file. The link
/// token is the only key, as on the booking's page; other states have no file.
pub async fn booking_calendar(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
) -> Response {
    let portal = &state.portal;
    let lang = Lang::from_code(&lang).unwrap_or(Lang::DEFAULT);
    let result = async {
        let booking = domain::booking::by_token(&portal.db, &token).await?;
        if booking.state != domain::booking::BookingState::Confirmed {
            return Err(domain::DomainError::NotFound);
        }
        let office = domain::department::list(&portal.db, portal.county.id)
            .await?
            .into_iter()
            .find(|d| d.id == booking.department_id)
            .ok_or(domain::DomainError::NotFound)?;
        let i18n = app::i18n::server::i18n(lang);
        Ok(app::calendar::ics(
            &i18n,
            &booking,
            &portal.county.service_name,
            &office,
            &portal.public_origin,
        ))
    }
    .await;
    match result {
        Ok(ics) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"samtale.ics\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            ics,
        )
            .into_response(),
        Err(domain::DomainError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(err) => {
            tracing::error!(error = %err, "calendar file failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `/{lang}/ot-rad/medlem/mote/{id}/kalender.ics`: a council meeting as a calendar file, for a
/// signed-in member with an active term (the member session's cookie); anyone else gets 404.
pub async fn council_meeting_calendar(
    State(state): State<AppState>,
    Path((_lang, id)): Path<(String, i64)>,
    headers: HeaderMap,
) -> Response {
    let portal = &state.portal;
    let result = async {
        let Some(token) = cookie(&headers, app::pages::council::MEMBER_COOKIE) else {
            return Ok(None);
        };
        let now = chrono::Utc::now();
        let Some(member) = domain::council::member_session::resolve(
            &portal.db,
            &token,
            portal.session_policy,
            now,
        )
        .await?
        .filter(|m| m.county_id == portal.county.id) else {
            return Ok(None);
        };
        let meetings = domain::council::meeting::for_member(&portal.db, &member, now)
            .await?
            .unwrap_or_default();
        Ok::<_, domain::DomainError>(
            meetings
                .iter()
                .find(|m| m.id == id)
                .map(|m| app::calendar::council_meeting_ics(m, &portal.public_origin)),
        )
    }
    .await;
    match result {
        Ok(Some(ics)) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"mote.ics\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            ics,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(err) => {
            tracing::error!(error = %err, "council calendar file failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `/{lang}/staff/answers.csv`: confirmed status codes for Vigo OT, as a spreadsheet download.
/// Checked like a staff server function: signed in, allowed youth data, only their scope.
pub async fn export_codes(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let portal = &state.portal;
    let now = chrono::Utc::now();
    let (staff, scope) = match youth_staff(portal, &headers).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let result = async {
        let rows = domain::answer::export(&portal.db, portal.county.id, scope).await?;
        let event = domain::audit::NewAuditEvent {
            county_id: portal.county.id,
            staff_id: Some(staff.id),
            department_id: None,
            action: "answer.export",
            subject_type: "answer",
            subject_id: String::new(),
            detail: format!("{} rows", rows.len()),
        };
        domain::audit::record(&portal.db, &event, now).await?;
        Ok::<_, domain::DomainError>(domain::answer::export_csv(&rows))
    }
    .await;
    match result {
        Ok(csv) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"statuskoder.csv\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            csv,
        )
            .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "export failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `POST /{lang}/staff/contact-requests/upload`: a CSV of contact requests. A readable file is
/// kept for its preview page; one that cannot be read sends the advisor back to the form with
/// the reason. Nothing is imported here.
pub async fn upload_contact_requests(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    headers: HeaderMap,
    mut multipart: axum::extract::Multipart,
) -> Response {
    let portal = &state.portal;
    let lang = Lang::from_code(&lang).unwrap_or(Lang::DEFAULT).code();
    let (staff, _) = match youth_staff(portal, &headers).await {
        Ok(access) => access,
        Err(response) => return response,
    };
    let back = |problem: &str| {
        Redirect::to(&format!(
            "/{lang}/staff/contact-requests/import?problem={problem}"
        ))
        .into_response()
    };
    let mut bytes = Vec::new();
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => match field.bytes().await {
                Ok(b) => bytes = b.to_vec(),
                Err(_) => return back("too_large"),
            },
            Ok(Some(_)) => continue,
            Ok(None) => break,
            Err(_) => return back("unreadable"),
        }
    }
    let today = chrono::Utc::now().date_naive();
    // Departments do not matter for readability; rows are checked again on the preview page.
    if let Err(problem) = domain::import::preview(&bytes, &[], &[], today) {
        use domain::import::FileProblem as P;
        return back(match problem {
            P::Empty => "empty",
            P::TooLarge => "too_large",
            P::WrongEncoding => "wrong_encoding",
            P::MissingColumn(_) => "missing_column",
            P::Unreadable => "unreadable",
        });
    }
    let content = String::from_utf8_lossy(&bytes).into_owned();
    match domain::import::store(
        &portal.db,
        portal.county.id,
        staff.id,
        &content,
        chrono::Utc::now(),
    )
    .await
    {
        Ok(id) => {
            Redirect::to(&format!("/{lang}/staff/contact-requests/import/{id}")).into_response()
        }
        Err(err) => {
            tracing::error!(error = %err, "storing an upload failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::page_path;

    #[test]
    fn return_paths_keep_the_page_and_drop_the_language() {
        assert_eq!(page_path("/nb/kontakt"), "/kontakt");
        assert_eq!(page_path("/nn"), "");
        assert_eq!(page_path("/en/"), "");
        assert_eq!(page_path("/nb/kontakt?x=1#top"), "/kontakt");
    }

    #[test]
    fn foreign_or_odd_targets_go_to_the_front_page() {
        for bad in [
            "",
            "kontakt",
            "//evil.example/nb",
            "https://evil.example",
            "/\\evil.example",
            "/nb/<script>",
            "/xx/kontakt",
        ] {
            assert_eq!(page_path(bad), "", "{bad:?}");
        }
    }
}
