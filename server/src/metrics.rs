//! Prometheus metrics, served at `/metrics` on a listener of their own (`METRICS_ADDR`), never on
//! the public one. Off unless configured: without it no recorder is installed and the metric
//! calls do nothing.
//!
//! Labels are route templates (`/{lang}/svar/{token}`, never the path a visitor asked for),
//! methods, status codes, channels (`email`, `sms`) and fixed words: no personal data and no
//! token can reach a label. The outbox and booking figures are read from the database at scrape
//! time, so every instance reports the same (the cluster's) numbers for them.

use std::{borrow::Cow, sync::OnceLock, time::Instant};

use axum::{
    extract::{MatchedPath, Request, State},
    http::{header, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

/// Seconds: from a cached page (well under a millisecond) to the 5 s nobody should wait.
const BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The route a response answered, as a template; put on the response by the router (its
/// matched path) or by the page cache.
#[derive(Clone, Debug)]
pub struct RouteTemplate(pub Cow<'static, str>);

impl RouteTemplate {
    pub fn from_static(route: &'static str) -> RouteTemplate {
        RouteTemplate(Cow::Borrowed(route))
    }
}

/// The process's recorder: one per process (the `metrics` facade is global), shared by every
/// application a test starts in it.
static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the recorder once and keeps its histograms drained.
pub fn install() -> PrometheusHandle {
    HANDLE
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), &BUCKETS)
                .expect("the buckets are not empty");
            let handle = match builder.install_recorder() {
                Ok(handle) => handle,
                // Someone else's recorder: ours still renders what it is given.
                Err(error) => {
                    tracing::warn!(%error, "metrics: a recorder was installed already");
                    PrometheusBuilder::new().build_recorder().handle()
                }
            };
            let upkeep = handle.clone();
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(std::time::Duration::from_secs(5)).await;
                    upkeep.run_upkeep();
                }
            });
            describe();
            handle
        })
        .clone()
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        "neste_steg_http_requests_total",
        "HTTP requests by method, route template and status"
    );
    describe_histogram!(
        "neste_steg_http_request_duration_seconds",
        Unit::Seconds,
        "time to the response's headers, by method and route template"
    );
    describe_counter!(
        "neste_steg_page_cache_total",
        "public pages served from memory (hit) or rendered (miss)"
    );
    describe_gauge!(
        "neste_steg_outbox_pending",
        "messages waiting to be sent, all instances"
    );
    describe_gauge!(
        "neste_steg_outbox_oldest_pending_age_seconds",
        Unit::Seconds,
        "age of the oldest message not yet sent (0 when none waits)"
    );
    describe_counter!(
        "neste_steg_outbox_sent_total",
        "messages this instance delivered, by channel"
    );
    describe_counter!(
        "neste_steg_outbox_failed_total",
        "delivery attempts that failed on this instance, by channel"
    );
    describe_gauge!(
        "neste_steg_booking_codes_last_hour",
        "booking code messages the county sent in the last hour, all instances"
    );
    describe_gauge!(
        "neste_steg_booking_codes_ceiling",
        "the hourly ceiling on booking code messages (BOOKING_CODES_PER_HOUR); codes are refused at it"
    );
    describe_gauge!(
        "neste_steg_bookings_requested",
        "booking requests holding a time, waiting for an advisor"
    );
    describe_counter!(
        "neste_steg_worker_rounds_total",
        "rounds of this instance's worker (reminders, expiries, outbox)"
    );
    describe_histogram!(
        "neste_steg_worker_round_duration_seconds",
        Unit::Seconds,
        "how long one worker round took"
    );
}

/// Counts and times every request; outermost but for the request id, so it sees every answer.
pub async fn track(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = match *request.method() {
        http::Method::GET => "GET",
        http::Method::HEAD => "HEAD",
        http::Method::POST => "POST",
        _ => "other",
    };
    let response = next.run(request).await;
    let route = response
        .extensions()
        .get::<RouteTemplate>()
        .map(|r| r.0.clone())
        .unwrap_or(Cow::Borrowed("unmatched"));
    let status = response.status().as_u16().to_string();
    metrics::counter!(
        "neste_steg_http_requests_total",
        "method" => method,
        "route" => route.clone(),
        "status" => status
    )
    .increment(1);
    metrics::histogram!(
        "neste_steg_http_request_duration_seconds",
        "method" => method,
        "route" => route
    )
    .record(started.elapsed().as_secs_f64());
    response
}

/// Inside the router (a route layer): hands the matched route template to [`track`].
pub async fn name_route(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned());
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response
            .extensions_mut()
            .insert(RouteTemplate(Cow::Owned(route)));
    }
    response
}

#[derive(Clone)]
struct Exporter {
    handle: PrometheusHandle,
    db: domain::Db,
    /// The county's hourly ceiling on booking code messages (`BOOKING_CODES_PER_HOUR`).
    code_ceiling: i64,
}

/// The metrics listener's router: `GET /metrics`.
pub fn router(handle: PrometheusHandle, db: domain::Db, code_ceiling: i64) -> Router {
    Router::new()
        .route("/metrics", get(scrape))
        .with_state(Exporter {
            handle,
            db,
            code_ceiling,
        })
}

async fn scrape(State(exporter): State<Exporter>) -> Response {
    match domain::backlog::read(&exporter.db).await {
        Ok(backlog) => {
            metrics::gauge!("neste_steg_outbox_pending").set(backlog.outbox_pending as f64);
            let age = backlog
                .oldest_pending_at
                .map(|at| (chrono::Utc::now() - at).num_milliseconds().max(0) as f64 / 1000.0)
                .unwrap_or(0.0);
            metrics::gauge!("neste_steg_outbox_oldest_pending_age_seconds").set(age);
            metrics::gauge!("neste_steg_bookings_requested").set(backlog.bookings_requested as f64);
        }
        // The request figures still tell something; the database's absence shows in /readyz.
        Err(error) => tracing::error!(%error, "metrics: reading the backlog failed"),
    }
    // Alert when the first reaches the second: someone is sending codes from many addresses.
    match domain::booking::verification::codes_last_hour(&exporter.db, chrono::Utc::now()).await {
        Ok(n) => metrics::gauge!("neste_steg_booking_codes_last_hour").set(n as f64),
        Err(error) => tracing::error!(%error, "metrics: counting booking codes failed"),
    }
    metrics::gauge!("neste_steg_booking_codes_ceiling").set(exporter.code_ceiling as f64);
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        exporter.handle.render(),
    )
        .into_response()
}
