//! Public pages from memory. The front page and the information pages (rights, guardians,
//! offers, follow-up, privacy, accessibility, contact) are the same for every visitor in one
//! language, so each is rendered once per language and kept with its brotli and gzip bodies,
//! served with an `ETag` (and `304 Not Modified` to a browser that has it).
//!
//! A kept page is dropped when what it shows may have changed:
//! - an office's details or opening hours: `county.content_version` is bumped in the change's
//!   transaction (`domain::content`); every instance reads it at most once a second, and at once
//!   after a change made through itself;
//! - the day: the printable pages carry today's date in Oslo, so nothing is kept past midnight;
//! - the release: the memory goes with the process.
//!
//! Only a plain `GET`/`HEAD` of such a page, without a query and without a staff session, council
//! session or kept-form cookie, is served from memory; everything else is rendered as before.
//! A kept page cannot carry a per-response nonce, so its inline scripts (Leptos's island loader
//! and its two bootstrap lines) are allowed in its Content-Security-Policy by their SHA-256.

use std::{
    collections::HashMap,
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc, RwLock,
    },
    time::{Instant, SystemTime, UNIX_EPOCH},
};

use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use sha2::{Digest, Sha256};

use app::i18n::Lang;

use crate::metrics::RouteTemplate;

/// The pages kept, after the language prefix, with their route as the metrics name it.
const PAGES: [(&str, &str); 8] = [
    ("", "/{lang}"),
    ("/rettigheter", "/{lang}/rettigheter"),
    ("/foresatte", "/{lang}/foresatte"),
    ("/tilbud", "/{lang}/tilbud"),
    ("/oppfolging", "/{lang}/oppfolging"),
    ("/personvern", "/{lang}/personvern"),
    ("/tilgjengelighet", "/{lang}/tilgjengelighet"),
    ("/kontakt", "/{lang}/kontakt"),
];

/// Cookies that make a page someone's own: it is rendered for them, as before.
const PERSONAL_COOKIES: [&str; 3] = [
    app::session::server::SESSION_COOKIE,
    app::pages::council::MEMBER_COOKIE,
    crate::kept_form::COOKIE,
];

/// How often the database's content version is read, at most.
const CHECK_EVERY_MS: u64 = 1000;

/// A rendered page larger than this is served but not kept.
const MAX_PAGE: usize = 2 * 1024 * 1024;

pub struct PageCache {
    db: domain::Db,
    county_id: i64,
    started: Instant,
    /// When the version is next read, in milliseconds after `started`.
    next_check_ms: AtomicU64,
    /// `domain::content::changed_here()` when the version was last read.
    seen_here: AtomicU64,
    /// One request at a time reads the version; the others go on with what is kept.
    checking: AtomicBool,
    pages: RwLock<Pages>,
}

#[derive(Default)]
struct Pages {
    /// The content version the kept pages were rendered at; `None` until first read.
    version: Option<i64>,
    /// The next Oslo midnight (Unix seconds) after the pages were rendered: none is served then.
    day_ends: i64,
    /// Moves every time the pages are dropped, so a render begun before is not kept after.
    generation: u64,
    entries: HashMap<String, Arc<Page>>,
}

/// One page as kept: its bodies and the headers that go with them.
pub struct Page {
    route: &'static str,
    etag: HeaderValue,
    policy: HeaderValue,
    content_type: HeaderValue,
    identity: Bytes,
    brotli: Bytes,
    gzip: Bytes,
}

impl PageCache {
    pub fn new(db: domain::Db, county_id: i64) -> PageCache {
        PageCache {
            db,
            county_id,
            started: Instant::now(),
            next_check_ms: AtomicU64::new(0),
            seen_here: AtomicU64::new(domain::content::changed_here()),
            checking: AtomicBool::new(false),
            pages: RwLock::new(Pages::default()),
        }
    }

    /// How many pages are kept (for tests).
    pub fn len(&self) -> usize {
        self.read().entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Pages> {
        self.pages.read().unwrap_or_else(|e| e.into_inner())
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Pages> {
        self.pages.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Reads the content version when a second has passed, this process changed something, or
    /// the day is over; drops every page when it moved. Returns the generation to keep a page
    /// rendered from now under.
    async fn refresh(&self) -> u64 {
        let now_ms = self.started.elapsed().as_millis() as u64;
        let here = domain::content::changed_here();
        let (generation, day_over) = {
            let pages = self.read();
            (pages.generation, unix_now() >= pages.day_ends)
        };
        let due = day_over
            || now_ms >= self.next_check_ms.load(Ordering::Acquire)
            || here != self.seen_here.load(Ordering::Acquire);
        if !due
            || self
                .checking
                .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
                .is_err()
        {
            return generation;
        }
        // Released however this ends, even if the request is dropped mid-read.
        struct Release<'a>(&'a AtomicBool);
        impl Drop for Release<'_> {
            fn drop(&mut self) {
                self.0.store(false, Ordering::Release);
            }
        }
        let _release = Release(&self.checking);
        // Noted before the read: a change committed during it is read next time.
        self.seen_here.store(here, Ordering::Release);
        self.next_check_ms
            .store(now_ms + CHECK_EVERY_MS, Ordering::Release);
        let version = domain::content::version(&self.db, self.county_id).await;
        let mut pages = self.write();
        let now = unix_now();
        match version {
            Ok(version) if pages.version == Some(version) && now < pages.day_ends => {}
            Ok(version) => {
                pages.entries.clear();
                pages.generation += 1;
                pages.version = Some(version);
                pages.day_ends = next_oslo_midnight(now);
            }
            Err(error) => {
                // Nothing is served that may be out of date; pages render as before.
                tracing::error!(%error, "page cache: reading the content version failed");
                pages.entries.clear();
                pages.generation += 1;
                pages.version = None;
            }
        }
        pages.generation
    }

    fn get(&self, path: &str) -> Option<Arc<Page>> {
        let pages = self.read();
        if pages.version.is_none() || unix_now() >= pages.day_ends {
            return None;
        }
        pages.entries.get(path).cloned()
    }

    /// Keeps a rendered page unless the pages were dropped while it rendered.
    fn keep(&self, generation: u64, path: String, page: Arc<Page>) {
        let mut pages = self.write();
        if pages.generation == generation && pages.version.is_some() {
            pages.entries.insert(path, page);
        }
    }
}

/// The middleware: serves a kept page, or renders it, keeps it and serves it.
pub async fn serve(State(cache): State<Arc<PageCache>>, request: Request, next: Next) -> Response {
    let Some(route) = cacheable(&request) else {
        return next.run(request).await;
    };
    let path = request.uri().path().to_owned();
    let wanted = Wanted::of(request.method(), request.headers());
    let generation = cache.refresh().await;
    if let Some(page) = cache.get(&path) {
        metrics::counter!("neste_steg_page_cache_total", "result" => "hit").increment(1);
        return page.respond(&wanted);
    }
    metrics::counter!("neste_steg_page_cache_total", "result" => "miss").increment(1);
    if wanted.head {
        return next.run(request).await;
    }
    let response = next.run(request).await;
    match render(route, response).await {
        Ok(page) => {
            let page = Arc::new(page);
            cache.keep(generation, path, page.clone());
            page.respond(&wanted)
        }
        Err(response) => response,
    }
}

/// The route of a request that may be served from memory.
fn cacheable(request: &Request) -> Option<&'static str> {
    if !matches!(*request.method(), Method::GET | Method::HEAD) || request.uri().query().is_some() {
        return None;
    }
    let path = request.uri().path();
    let lang = Lang::from_path(path)?;
    let rest = &path[1 + lang.code().len()..];
    let route = PAGES
        .iter()
        .find(|(page, _)| *page == rest)
        .map(|(_, route)| *route)?;
    let personal = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .any(|(name, _)| PERSONAL_COOKIES.contains(&name));
    (!personal).then_some(route)
}

/// What the request asks of the response.
struct Wanted {
    head: bool,
    encoding: Encoding,
    if_none_match: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Wanted {
    fn of(method: &Method, headers: &HeaderMap) -> Wanted {
        let accept = headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join(",");
        Wanted {
            head: *method == Method::HEAD,
            encoding: choose_encoding(&accept),
            if_none_match: headers
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        }
    }
}

/// Brotli if the client takes it, else gzip, else the plain body (`q=0` refuses a coding).
fn choose_encoding(accept: &str) -> Encoding {
    let mut brotli = false;
    let mut gzip = false;
    for item in accept.split(',') {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let refused = parts.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f32>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        if refused {
            continue;
        }
        match coding.as_str() {
            "br" => brotli = true,
            "gzip" | "x-gzip" => gzip = true,
            "*" => {
                brotli = true;
                gzip = true;
            }
            _ => {}
        }
    }
    if brotli {
        Encoding::Brotli
    } else if gzip {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// Whether `If-None-Match` names this entity tag (compared weakly, as RFC 9110 asks for it).
fn matches(if_none_match: &str, etag: &str) -> bool {
    let bare = |tag: &str| tag.trim().trim_start_matches("W/").to_string();
    if_none_match.trim() == "*" || if_none_match.split(',').any(|tag| bare(tag) == bare(etag))
}

impl Page {
    fn respond(&self, wanted: &Wanted) -> Response {
        let etag = self.etag.to_str().unwrap_or_default();
        let mut response = if wanted
            .if_none_match
            .as_deref()
            .is_some_and(|tags| matches(tags, etag))
        {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let (body, coding) = match wanted.encoding {
                Encoding::Brotli => (&self.brotli, Some("br")),
                Encoding::Gzip => (&self.gzip, Some("gzip")),
                Encoding::Identity => (&self.identity, None),
            };
            let mut response = if wanted.head {
                Response::new(Body::empty())
            } else {
                Response::new(Body::from(body.clone()))
            };
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, self.content_type.clone());
            headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
            if let Some(coding) = coding {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
            }
            headers.insert(header::CONTENT_SECURITY_POLICY, self.policy.clone());
            response
        };
        let headers = response.headers_mut();
        headers.insert(header::ETAG, self.etag.clone());
        // Kept by the browser, but asked about every time: an office's new opening hours show
        // on the next visit, and the answer is usually a small 304.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        response
            .extensions_mut()
            .insert(RouteTemplate::from_static(self.route));
        response
    }
}

/// Makes a page to keep from a rendered response, or gives the response back when it is not one
/// to keep (an error, a redirect, a cookie set).
async fn render(route: &'static str, response: Response) -> Result<Page, Response> {
    let (parts, body) = response.into_parts();
    let html = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/html"));
    if parts.status != StatusCode::OK
        || !html
        || parts.headers.contains_key(header::SET_COOKIE)
        || parts.headers.contains_key(header::CONTENT_ENCODING)
    {
        return Err(Response::from_parts(parts, body));
    }
    let bytes = match axum::body::to_bytes(body, MAX_PAGE).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "page cache: reading a rendered page failed");
            return Err(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Err(Response::from_parts(parts, Body::from(bytes)));
    };
    // The nonce Leptos wrote was for this one response; the kept page has none.
    let text = match policy_nonce(&parts.headers) {
        Some(nonce) => text.replace(&format!(" nonce=\"{nonce}\""), ""),
        None => text.to_owned(),
    };
    let content_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .cloned()
        .unwrap_or_else(|| HeaderValue::from_static("text/html; charset=utf-8"));
    let page = tokio::task::spawn_blocking(move || Page::new(route, text, content_type)).await;
    page.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

impl Page {
    /// Compresses once, as well as each coding can (this runs once per page and day).
    fn new(route: &'static str, html: String, content_type: HeaderValue) -> Page {
        use std::io::Write;
        let hashes = inline_script_hashes(&html);
        let policy =
            HeaderValue::from_str(&crate::security::content_security_policy_hashed(&hashes))
                .unwrap_or_else(|_| HeaderValue::from_static("default-src 'self'"));
        let digest = Sha256::digest(html.as_bytes());
        let etag = format!(
            "W/\"{}\"",
            digest[..12]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        let mut brotli = Vec::new();
        {
            let mut writer = brotli::CompressorWriter::new(&mut brotli, 4096, 11, 22);
            let _ = writer.write_all(html.as_bytes());
        }
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        let _ = gzip.write_all(html.as_bytes());
        let gzip = gzip.finish().unwrap_or_default();
        Page {
            route,
            etag: HeaderValue::from_str(&etag).unwrap_or_else(|_| HeaderValue::from_static("\"\"")),
            policy,
            content_type,
            identity: Bytes::from(html),
            brotli: Bytes::from(brotli),
            gzip: Bytes::from(gzip),
        }
    }
}

/// The nonce a rendered page's policy names.
fn policy_nonce(headers: &HeaderMap) -> Option<String> {
    let policy = headers
        .get(header::CONTENT_SECURITY_POLICY)?
        .to_str()
        .ok()?;
    let rest = policy.split("'nonce-").nth(1)?;
    Some(rest.split('\'').next()?.to_owned())
}

/// `sha256-…` of the text of every inline `<script>` in a page, as a browser hashes it (the raw
/// text between the tags: script content is never entity-decoded).
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    use base64::Engine;
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(open_end) = after.find('>') else {
            break;
        };
        let tag = &after[..open_end];
        let body = &after[open_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            let digest = Sha256::digest(&body.as_bytes()[..close]);
            let hash = format!(
                "sha256-{}",
                base64::engine::general_purpose::STANDARD.encode(digest)
            );
            if !hashes.contains(&hash) {
                hashes.push(hash);
            }
        }
        rest = &body[close + "</script>".len()..];
    }
    hashes
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// The Unix time at which the Oslo day that `unix` falls in ends.
fn next_oslo_midnight(unix: i64) -> i64 {
    use chrono::{Days, TimeZone};
    let oslo = chrono_tz::Europe::Oslo;
    let Some(now) = chrono::DateTime::from_timestamp(unix, 0) else {
        return unix + 60;
    };
    let today = now.with_timezone(&oslo).date_naive();
    today
        .checked_add_days(Days::new(1))
        .and_then(|tomorrow| tomorrow.and_hms_opt(0, 0, 0))
        .and_then(|midnight| oslo.from_local_datetime(&midnight).earliest())
        .map(|midnight| midnight.timestamp())
        // Never: midnight exists in Oslo on every day. Keep a minute if it did not.
        .unwrap_or(unix + 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brotli_then_gzip_then_plain() {
        assert_eq!(choose_encoding("gzip, deflate, br, zstd"), Encoding::Brotli);
        assert_eq!(choose_encoding("gzip"), Encoding::Gzip);
        assert_eq!(choose_encoding("br;q=0, gzip;q=0.5"), Encoding::Gzip);
        assert_eq!(choose_encoding(""), Encoding::Identity);
        assert_eq!(choose_encoding("identity"), Encoding::Identity);
        assert_eq!(choose_encoding("*"), Encoding::Brotli);
    }

    #[test]
    fn entity_tags_compare_weakly() {
        assert!(matches("W/\"abc\"", "W/\"abc\""));
        assert!(matches("\"abc\"", "W/\"abc\""));
        assert!(matches("\"x\", W/\"abc\"", "W/\"abc\""));
        assert!(matches("*", "W/\"abc\""));
        assert!(!matches("W/\"abd\"", "W/\"abc\""));
    }

    #[test]
    fn scripts_are_hashed_as_written_and_files_are_not() {
        let html =
            "<p>x</p><script type=\"module\">alert(1)</script><script src=\"/a.js\"></script>\
                    <script>__X=[];</script><script>alert(1)</script>";
        let hashes = inline_script_hashes(html);
        // `echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64`
        assert_eq!(
            hashes,
            vec![
                "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=".to_string(),
                format!(
                    "sha256-{}",
                    base64::Engine::encode(
                        &base64::engine::general_purpose::STANDARD,
                        Sha256::digest(b"__X=[];")
                    )
                ),
            ]
        );
    }

    #[test]
    fn a_day_ends_at_oslo_midnight_in_summer_and_winter() {
        // 2026-06-15 12:00 UTC → 2026-06-16 00:00 in Oslo (UTC+2) is 22:00 UTC on the 15th.
        let summer = chrono::DateTime::parse_from_rfc3339("2026-06-15T12:00:00Z")
            .unwrap()
            .timestamp();
        let end = chrono::DateTime::parse_from_rfc3339("2026-06-15T22:00:00Z")
            .unwrap()
            .timestamp();
        assert_eq!(next_oslo_midnight(summer), end);
        // 23:30 UTC on 15 December is already the 16th in Oslo (UTC+1): that day ends 23:00 UTC on the 16th.
        let winter = chrono::DateTime::parse_from_rfc3339("2026-12-15T23:30:00Z")
            .unwrap()
            .timestamp();
        let end = chrono::DateTime::parse_from_rfc3339("2026-12-16T23:00:00Z")
            .unwrap()
            .timestamp();
        assert_eq!(next_oslo_midnight(winter), end);
    }

    #[test]
    fn only_plain_reads_of_public_pages_without_personal_cookies() {
        let request = |method: Method, uri: &str, cookie: Option<&str>| {
            let mut builder = Request::builder().method(method).uri(uri);
            if let Some(cookie) = cookie {
                builder = builder.header(header::COOKIE, cookie);
            }
            builder.body(Body::empty()).unwrap()
        };
        for (uri, route) in [
            ("/nb", "/{lang}"),
            ("/nb/rettigheter", "/{lang}/rettigheter"),
            ("/ar/foresatte", "/{lang}/foresatte"),
            ("/se/kontakt", "/{lang}/kontakt"),
            ("/prs/tilgjengelighet", "/{lang}/tilgjengelighet"),
        ] {
            assert_eq!(cacheable(&request(Method::GET, uri, None)), Some(route));
            assert_eq!(cacheable(&request(Method::HEAD, uri, None)), Some(route));
        }
        assert!(cacheable(&request(Method::GET, "/nb/rettigheter", Some("lang=ar"))).is_some());
        for (method, uri, cookie) in [
            (Method::POST, "/nb/kontakt", None),
            (Method::GET, "/nb/kontakt?x=1", None),
            (Method::GET, "/nb/svar/abc", None),
            (Method::GET, "/nb/bestill", None),
            (Method::GET, "/nb/ot-rad", None),
            (Method::GET, "/nb/staff", None),
            (Method::GET, "/xx/kontakt", None),
            (Method::GET, "/nb/kontakt/", None),
            (
                Method::GET,
                "/nb/kontakt",
                Some("lang=nb; neste_steg_session=abc"),
            ),
            (Method::GET, "/nb/kontakt", Some("kept_form=abc")),
            (Method::GET, "/nb", Some("neste_steg_council=abc")),
        ] {
            assert!(
                cacheable(&request(method.clone(), uri, cookie)).is_none(),
                "{method} {uri} {cookie:?}"
            );
        }
    }
}
