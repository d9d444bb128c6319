//! Builds the application: database, state, router and listener (zero2prod's `Application`).

use std::{future::Future, net::SocketAddr, sync::Arc, time::Duration};

use axum::{
    extract::FromRef,
    middleware,
    routing::{get, post},
    Router,
};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tokio::net::TcpListener;
use tower_http::{
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::TraceLayer,
};

use app::{i18n, portal::server::Portal, App};
use domain::{db::Backend, login::ThrottlePolicy, session::SessionPolicy, Db};

use crate::{
    assets,
    config::{redact_url, Config},
    page_cache::PageCache,
    routes, security,
};

#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    /// PUBLIC_BASE_URL, or `http://` and the address we listen on.
    pub public_origin: Arc<str>,
    pub db: Db,
    /// Behind `Arc`s: every middleware gets its own copy of the state on every request.
    pub portal: Arc<Portal>,
    pub leptos_options: Arc<LeptosOptions>,
    /// Login through the county's identity provider, when configured.
    pub oidc: Option<Arc<crate::oidc::Oidc>>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        (*state.leptos_options).clone()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("could not create the data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error("could not open the database {url}: {source}")]
    Database {
        url: String,
        source: domain::DomainError,
    },
    #[error("could not seed the demo data: {0}")]
    Demo(domain::DomainError),
    #[error("the county {0:?} does not exist in the database: set it up with `neste-steg county create` (docs/deploy.md), start once with DEMO_DATA=true for a demo, or set COUNTY")]
    NoCounty(String),
    #[error(transparent)]
    Transport(#[from] crate::jobs::TransportError),
    #[error("SMTP_URL or SMS_GATEWAY_URL is unset outside demo mode, so those messages would never be sent; set both, or KEEP_UNSENT_MESSAGES=true to keep them in the outbox")]
    NoTransport,
    #[error("could not listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
}

pub struct Application {
    listener: TcpListener,
    router: Router,
    db: Db,
    worker: crate::jobs::Worker,
    /// `METRICS_ADDR`'s listener and what it serves.
    metrics: Option<(TcpListener, Router)>,
}

impl Application {
    pub async fn build(config: Config) -> Result<Application, StartError> {
        if config.backend() == Backend::Sqlite {
            std::fs::create_dir_all(&config.data_dir).map_err(|source| StartError::DataDir {
                path: config.data_dir.display().to_string(),
                source,
            })?;
        }
        let db = Db::connect_with(&config.database_url, config.database_max_connections)
            .await
            .map_err(|source| StartError::Database {
                url: redact_url(&config.database_url),
                source,
            })?;
        if config.demo_data {
            let county = domain::demo::seed(&db).await.map_err(StartError::Demo)?;
            domain::demo::seed_availability(&db, county.id)
                .await
                .map_err(StartError::Demo)?;
            domain::demo::seed_history(&db, county.id, chrono::Utc::now())
                .await
                .map_err(StartError::Demo)?;
            let password = config
                .demo_password
                .clone()
                .unwrap_or_else(domain::secret::new_token);
            domain::demo::seed_council(&db, county.id, chrono::Utc::now())
                .await
                .map_err(StartError::Demo)?;
            let mut logins = domain::demo::set_demo_passwords(&db, county.id, &password)
                .await
                .map_err(StartError::Demo)?;
            // The council coordinator comes with the demo council (kept apart from the staff list).
            let (_, coordinator) = domain::demo::COUNCIL_COORDINATOR;
            if let Some(staff) = domain::staff::by_email(&db, county.id, coordinator)
                .await
                .map_err(StartError::Demo)?
            {
                domain::login::set_password(&db, staff.id, &password, None)
                    .await
                    .map_err(StartError::Demo)?;
                logins.push((staff.email, staff.role));
            }
            // Demo mode only: the demo accounts' logins, so whoever started the demo can sign in.
            tracing::info!(
                "demo data for Vestfold is in place; demo staff logins (password {password}):"
            );
            for (email, role) in logins {
                tracing::info!("  {email} ({role})");
            }
        }
        let county = domain::county::by_slug(&db, &config.county)
            .await
            .map_err(|source| StartError::Database {
                url: redact_url(&config.database_url),
                source,
            })?
            .ok_or_else(|| StartError::NoCounty(config.county.clone()))?;
        if let Some(days) = &config.closed_days {
            domain::booking::closed_days::set_closed_days(&db, county.id, days)
                .await
                .map_err(|source| StartError::Database {
                    url: redact_url(&config.database_url),
                    source,
                })?;
        }
        domain::numbers::set_count_dates(&db, county.id, &config.count_dates)
            .await
            .map_err(|source| StartError::Database {
                url: redact_url(&config.database_url),
                source,
            })?;
        i18n::server::preload();

        let listener = TcpListener::bind(config.listen_addr)
            .await
            .map_err(|source| StartError::Listen {
                addr: config.listen_addr,
                source,
            })?;
        let local_addr = listener.local_addr().unwrap_or(config.listen_addr);
        let public_origin = config
            .public_base_url
            .clone()
            .unwrap_or_else(|| format!("http://{local_addr}"));
        let transports = crate::jobs::Transports::from_config(&config, db.clone(), &public_origin)?;
        let (email, sms) = transports.describe();
        tracing::info!(email, sms, "message transports");
        if !config.demo_data && (config.smtp_url.is_none() || config.sms_gateway_url.is_none()) {
            // A young person would wait for a message that never leaves: refuse, unless the
            // operator has said that is what they want for now.
            if !config.keep_unsent_messages {
                return Err(StartError::NoTransport);
            }
            tracing::warn!("SMTP_URL or SMS_GATEWAY_URL is unset outside demo mode: that channel's messages stay unsent in the outbox until an instance with its transport runs (KEEP_UNSENT_MESSAGES=true)");
        }
        let worker = crate::jobs::Worker {
            db: db.clone(),
            transports,
            policy: domain::outbox::RetryPolicy {
                lease: chrono::Duration::seconds(config.outbox_lease_seconds as i64),
                ..Default::default()
            },
            contact_policy: config.contact_policy.clone(),
            origin: public_origin.clone(),
            service_name: county.service_name.clone(),
            interval: std::time::Duration::from_secs(config.worker_interval_seconds),
            id: format!(
                "{}-{}",
                std::process::id(),
                &domain::secret::new_token()[..8]
            ),
            county_id: county.id,
            retention: config.retention_policy,
        };
        let metrics = match config.metrics_addr {
            Some(addr) => {
                let listener = TcpListener::bind(addr)
                    .await
                    .map_err(|source| StartError::Listen { addr, source })?;
                let handle = crate::metrics::install();
                Some((
                    listener,
                    crate::metrics::router(
                        handle,
                        db.clone(),
                        config.verification_policy.per_county.limit,
                    ),
                ))
            }
            None => None,
        };
        let page_cache = Arc::new(PageCache::new(db.clone(), county.id));
        let state = AppState {
            public_origin: public_origin.clone().into(),
            leptos_options: Arc::new(leptos_options(&config, local_addr)),
            portal: Arc::new(Portal {
                db: db.clone(),
                county,
                stylesheet_href: assets::stylesheet_href(&config.site_root),
                island_files: assets::island_files(&config.site_root),
                session_policy: SessionPolicy {
                    idle: chrono::Duration::minutes(config.session_idle_minutes.into()),
                    absolute: chrono::Duration::hours(config.session_absolute_hours.into()),
                },
                throttle_policy: ThrottlePolicy::default(),
                link_throttle: domain::answer::LinkThrottle::default(),
                secure_cookies: public_origin.starts_with("https://"),
                public_origin: public_origin.clone(),
                contact_policy: config.contact_policy.clone(),
                booking_policy: config.booking_policy,
                verification_policy: config.verification_policy.clone(),
                retention_policy: config.retention_policy,
                demo: config.demo_data,
                oidc_login: config.oidc.is_some(),
                local_login: config.local_login,
                client_ip_header: config.client_ip_header.clone(),
                council_overdue_days: config.council_overdue_days,
            }),
            oidc: config
                .oidc
                .clone()
                .map(|c| Arc::new(crate::oidc::Oidc::new(c, &public_origin))),
            config: Arc::new(config),
            db: db.clone(),
        };
        // Discover the identity provider now, so the login page's form-action already names
        // its authorization endpoint; a provider that is down is asked again at the first login.
        if let Some(oidc) = state.oidc.clone() {
            tokio::spawn(async move { oidc.discover().await });
        }
        Ok(Application {
            router: router(state, page_cache, metrics.is_some()),
            listener,
            db,
            worker,
            metrics,
        })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    /// The metrics listener's port, when `METRICS_ADDR` is set.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics
            .as_ref()
            .and_then(|(listener, _)| listener.local_addr().ok())
            .map(|a| a.port())
    }

    /// Serves until `shutdown` completes, then lets requests in flight finish and closes the
    /// database cleanly.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        tracing::info!(addr = %self.listener.local_addr()?, "listening");
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let worker = tokio::spawn(self.worker.run(stopped));
        if let Some((listener, router)) = self.metrics {
            tracing::info!(addr = %listener.local_addr()?, "metrics at /metrics");
            tokio::spawn(async move {
                if let Err(error) = axum::serve(listener, router).await {
                    tracing::error!(%error, "metrics listener");
                }
            });
        }
        // The peer's address reaches every throttle (`client_ip`): without it all clients
        // would share one count, and one client's wrong links would lock out everyone.
        axum::serve(
            self.listener,
            self.router
                .into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await?;
        // The worker finishes the message in hand; a lease it cannot finish is retaken later.
        let _ = stop.send(true);
        let _ = tokio::time::timeout(std::time::Duration::from_secs(25), worker).await;
        self.db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

fn leptos_options(config: &Config, addr: SocketAddr) -> LeptosOptions {
    let hash_file = assets::hash_file(&config.site_root);
    // An absolute path: Leptos joins it to the executable's folder, which then has no effect.
    let hash_file = std::path::absolute(&hash_file).unwrap_or(hash_file);
    LeptosOptions::builder()
        .output_name(assets::OUTPUT_NAME)
        .site_root(config.site_root.display().to_string())
        .site_pkg_dir(assets::PKG_DIR)
        .site_addr(addr)
        .hash_files(hash_file.exists())
        .hash_file(std::sync::Arc::<str>::from(hash_file.display().to_string()))
        .build()
}

fn router(state: AppState, page_cache: Arc<PageCache>, metrics: bool) -> Router {
    // Listing the routes renders App once outside any request; it needs a language like any page.
    let routes = generate_route_list(|| {
        provide_context(i18n::server::i18n(i18n::Lang::DEFAULT));
        App()
    });
    let context = {
        let portal = state.portal.clone();
        let state = state.clone();
        move || {
            provide_context(Portal::clone(&portal));
            // The language of this request, from its path, cookie and Accept-Language.
            let parts = use_context::<http::request::Parts>();
            let header = |name: http::HeaderName| {
                parts
                    .as_ref()
                    .and_then(|p| p.headers.get(&name))
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned)
            };
            let path = parts
                .as_ref()
                .map(|p| p.uri.path().to_owned())
                .unwrap_or_default();
            let lang = i18n::negotiate(
                &path,
                header(http::header::COOKIE).as_deref(),
                header(http::header::ACCEPT_LANGUAGE).as_deref(),
            );
            provide_context(i18n::server::i18n(lang));
            // A form refused on the way here: its error for the page's actions, its values for
            // the form's fields.
            if let Some(kept) = parts
                .as_ref()
                .and_then(|p| p.extensions.get::<app::components::form::Kept>())
            {
                provide_context(leptos::server::ServerActionError::new(
                    &kept.action,
                    &kept.error,
                ));
                provide_context(kept.clone());
            }
            // Who is signed in, for the staff menu of the page's header.
            if let Some(signed_in) = parts
                .as_ref()
                .and_then(|p| p.extensions.get::<app::session::SignedIn>())
            {
                provide_context(*signed_in);
            }
            // The page's policy names the nonce Leptos writes on this response's scripts.
            if let (Some(nonce), Some(response)) = (
                leptos::nonce::use_nonce(),
                use_context::<leptos_axum::ResponseOptions>(),
            ) {
                let policy = security::content_security_policy(
                    Some(&nonce.to_string()),
                    &security::form_targets(&state),
                );
                if let Ok(value) = http::HeaderValue::from_str(&policy) {
                    response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
                }
            }
        }
    };
    let shell = {
        let options = state.leptos_options.clone();
        move || app::shell(LeptosOptions::clone(&options))
    };

    let mut router = Router::new()
        .route("/", get(routes::root))
        .route("/healthz", get(routes::healthz))
        .route("/favicon.svg", get(assets::favicon))
        .route("/favicon.ico", get(assets::favicon))
        .route(assets::GEEZ_REGULAR, get(assets::geez_regular))
        .route(assets::GEEZ_BOLD, get(assets::geez_bold))
        .route("/readyz", get(routes::readyz))
        .route("/language", post(routes::choose_language))
        .route("/{lang}/staff/answers.csv", get(routes::export_codes))
        .route("/{lang}/staff/numbers/{file}", get(routes::numbers_csv))
        .route(
            "/{lang}/bestilling/{token}/kalender.ics",
            get(routes::booking_calendar),
        )
        .route(
            "/{lang}/ot-rad/medlem/mote/{id}/kalender.ics",
            get(routes::council_meeting_calendar),
        )
        .route("/auth/oidc/start", post(crate::oidc::start))
        .route(crate::oidc::CALLBACK_PATH, get(crate::oidc::callback))
        .route(
            "/{lang}/staff/contact-requests/upload",
            post(routes::upload_contact_requests).layer(axum::extract::DefaultBodyLimit::max(
                domain::import::MAX_BYTES + 64 * 1024,
            )),
        )
        .nest_service(
            &format!("/{}", assets::PKG_DIR),
            assets::pkg_router(&state.config.site_root),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), shell);
    if metrics {
        // Route templates for the request metrics, never the paths (they carry tokens).
        router = router.route_layer(middleware::from_fn(crate::metrics::name_route));
    }
    let mut router = router
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, app::shell))
        .layer(middleware::from_fn(crate::refusal::refusal_status))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            crate::kept_form::keep_refused_forms,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::require_same_origin,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            routes::staff_gate,
        ))
        .layer(middleware::from_fn(routes::staff_language))
        .layer(middleware::from_fn(routes::trim_trailing_slash))
        // The public pages from memory, inside the security headers (they get the same) and
        // outside everything that only a rendered page needs.
        .layer(middleware::from_fn_with_state(
            page_cache,
            crate::page_cache::serve,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::security_headers,
        ))
        // Pages and server-function answers, brotli or gzip as the client asks; the built files
        // under /pkg and the kept public pages are already compressed and pass through as they are.
        .layer(CompressionLayer::new());
    if metrics {
        router = router.layer(middleware::from_fn(crate::metrics::track));
    }
    router
        .layer(
            tower::ServiceBuilder::new()
                .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
                .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
                    let request_id = request
                        .headers()
                        .get("x-request-id")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or("-");
                    tracing::info_span!("request", method = %request.method(), path = %security::redact_path(request.uri().path()), request_id)
                }))
                .layer(PropagateRequestIdLayer::x_request_id()),
        )
        .with_state(state)
}

/// Completes on SIGTERM (how service managers stop us) or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
    // Give in-flight requests a bound; a stuck one must not hold a deploy for ever.
    tokio::spawn(async {
        tokio::time::sleep(Duration::from_secs(30)).await;
        tracing::warn!("requests still running after 30 s; exiting");
        std::process::exit(0);
    });
}
