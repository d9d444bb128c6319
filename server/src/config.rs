//! Typed configuration from environment variables, validated at start.
//!
//! Every variable has a documented default (README, «Configuration»), so `neste-steg` starts with
//! none set. A bad value stops the start with one line per problem, naming the variable.

use std::{fmt, net::SocketAddr, path::PathBuf};

use domain::db::Backend;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Human,
    Json,
}

#[derive(Clone, Debug)]
pub struct Config {
    /// `CLOSED_DAYS`: the days (`MM-DD`, comma-separated) the county's offices close on top of
    /// the public holidays; unset leaves what the database has (24 and 31 December at first).
    pub closed_days: Option<String>,
    /// `COUNT_DATES`, default `11-15,02-15,06-15`: Udir's count dates (`MM-DD`), each kept as a snapshot.
    pub count_dates: String,
    /// `LISTEN_ADDR`, default `127.0.0.1:3000`.
    pub listen_addr: SocketAddr,
    /// `PUBLIC_BASE_URL`, default `http://` + the address actually listened on: the origin
    /// browsers see; links in messages start with it and state-changing requests must come from it.
    pub public_base_url: Option<String>,
    /// `DATA_DIR`, default `./data`: the SQLite file lives here.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`, default `sqlite://{DATA_DIR}/neste-steg.db`; `postgres://…` for PostgreSQL.
    pub database_url: String,
    /// `COUNTY`, default `vestfold`: the slug of the county this instance serves.
    pub county: String,
    /// `DEMO_DATA`, default `false`: seed Vestfold's demo offices and staff at start.
    pub demo_data: bool,
    /// `KEEP_UNSENT_MESSAGES`, default `false`: outside demo mode the server refuses to start
    /// while SMS or e-mail has no transport, unless this says to keep those messages in the
    /// outbox (e.g. while the SMS contract is being signed).
    pub keep_unsent_messages: bool,
    /// `LOG_FORMAT`, `human` (default) or `json`.
    pub log_format: LogFormat,
    /// `SITE_ROOT`, default `target/site`: the built stylesheet, JS and WASM under `pkg/`.
    pub site_root: PathBuf,
    /// `SESSION_IDLE_MINUTES`, default 30: a staff session unused this long ends.
    pub session_idle_minutes: u32,
    /// `SESSION_ABSOLUTE_HOURS`, default 12: a staff session ends this long after login.
    pub session_absolute_hours: u32,
    /// `DEMO_PASSWORD`: in demo mode, the demo accounts' password; a random one is made (and
    /// printed) at each start when unset. Ignored outside demo mode.
    pub demo_password: Option<String>,
    /// `SMTP_URL`, e.g. `smtp://relay.fylke.no:25` (lettre's URL form, optionally with
    /// `user:password@`): e-mail goes out here. Unset: e-mail lands in the demo mailbox.
    pub smtp_url: Option<String>,
    /// `MAIL_FROM`, default `OT <ot@{host of PUBLIC_BASE_URL}>`: the sender of e-mails.
    pub mail_from: Option<String>,
    /// `SMS_GATEWAY_URL`: the HTTP gateway that SMS are POSTed to (JSON). Unset: SMS land in the
    /// demo mailbox.
    pub sms_gateway_url: Option<String>,
    /// `SMS_GATEWAY_TOKEN`: sent as `Authorization: Bearer …` to the gateway.
    pub sms_gateway_token: Option<String>,
    /// `SMS_SENDER`, default `OT`: the sender id shown on the phone.
    pub sms_sender: String,
    /// `LINK_DAYS` (default 30), `REMINDER_DAYS` (default `3,10`) and `CALL_LIST_DAYS` (default
    /// 14): how long answer links live, when reminders go out and when someone who never
    /// answered lands on the call list, in days after the request.
    pub contact_policy: domain::contact_request::ContactPolicy,
    /// `BOOKING_HOLD_HOURS` (default 48) and `BOOKING_HOLD_BEFORE_HOURS` (default 24): a booking
    /// request holds its time until the earlier of the two deadlines.
    pub booking_policy: domain::booking::BookingPolicy,
    /// `RETENTION_LAST_AGE` (default 24), `RETENTION_BOOKING_DAYS` (365),
    /// `RETENTION_BOOKING_LINK_DAYS` (14), `RETENTION_MESSAGE_DAYS` (90): how long personal data
    /// is kept (`domain::retention`); the worker deletes what is due.
    pub retention_policy: domain::retention::RetentionPolicy,
    /// `BOOKING_CODES_PER_ADDRESS`, default 10: booking codes one client address may ask for in
    /// an hour (a public booking holds its time only once its code is typed).
    /// `BOOKING_CODES_PER_HOUR`, default 300: codes the whole county sends in an hour, whatever
    /// the addresses. `SMS_COUNTRY_CODES`, default none: calling codes besides +47 (`46,45`)
    /// whose mobiles may get a code by SMS; other numbers are asked for an e-mail instead.
    pub verification_policy: domain::booking::verification::VerificationPolicy,
    /// `COUNCIL_OVERDUE_DAYS`, default 21: OT-råd input without an answer this many days is
    /// highlighted for the council coordinator.
    pub council_overdue_days: i64,
    /// `OIDC_ISSUER_URL`, `OIDC_CLIENT_ID`, `OIDC_CLIENT_SECRET`: staff log in with the county's
    /// identity provider (Ansattporten, Entra ID, Keycloak …). All three or none.
    pub oidc: Option<OidcConfig>,
    /// `LOCAL_LOGIN`, default `true`: staff may log in with a local password. `false` needs OIDC.
    pub local_login: bool,
    /// `CLIENT_IP_HEADER`, e.g. `x-forwarded-for`: behind a reverse proxy, the header it writes
    /// the client's address into (its last entry is used). Unset: the socket's address. Set it
    /// only behind a proxy that overwrites or appends the header, or clients choose their address.
    pub client_ip_header: Option<String>,
    /// `WORKER_INTERVAL_SECONDS`, default 5: how often the outbox and reminders are looked at.
    pub worker_interval_seconds: u64,
    /// `OUTBOX_LEASE_SECONDS`, default 120: how long a worker holds a message it is sending
    /// before another instance may take it over (a crashed instance's message waits this long).
    /// At least 30: longer than a transport's timeout (20 s), so a slow send is never doubled.
    pub outbox_lease_seconds: u64,
    /// `DATABASE_MAX_CONNECTIONS`, unset by default (16 on PostgreSQL, 8 on SQLite): the pool
    /// size of this instance. On PostgreSQL, instances × this must stay under the server's
    /// `max_connections`.
    pub database_max_connections: Option<u32>,
    /// `METRICS_ADDR`, unset by default: an address (e.g. `127.0.0.1:9100`) where a second
    /// listener serves Prometheus metrics at `/metrics`. Never on the public listener.
    pub metrics_addr: Option<SocketAddr>,
}

#[derive(Clone, PartialEq, Eq)]
pub struct OidcConfig {
    pub issuer_url: String,
    pub client_id: String,
    pub client_secret: String,
}

// The secret stays out of logs and panic messages.
impl fmt::Debug for OidcConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OidcConfig")
            .field("issuer_url", &self.issuer_url)
            .field("client_id", &self.client_id)
            .field("client_secret", &"***")
            .finish()
    }
}

/// Every problem found in the environment, one line each.
#[derive(Debug, PartialEq, Eq)]
pub struct ConfigError(pub Vec<String>);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the configuration is not valid:")?;
        for problem in &self.0 {
            writeln!(f, "  - {problem}")?;
        }
        write!(f, "(see «Configuration» in README.md)")
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the configuration through `get`, so tests can pass their own variables.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let mut problems = Vec::new();
        let get = |name: &str| {
            get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };

        let listen_addr = match get("LISTEN_ADDR") {
            None => SocketAddr::from(([127, 0, 0, 1], 3000)),
            Some(v) => v.parse().unwrap_or_else(|_| {
                problems.push(format!(
                    "LISTEN_ADDR={v:?} is not an address and port like 127.0.0.1:3000 or [::]:8080"
                ));
                SocketAddr::from(([127, 0, 0, 1], 3000))
            }),
        };

        let public_base_url = get("PUBLIC_BASE_URL").map(|v| {
            let v = v.trim_end_matches('/').to_string();
            let host = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://"));
            let is_origin = host.is_some_and(|h| !h.is_empty() && !h.contains(['/', '?', '#', ' ']));
            if !is_origin {
                problems.push(format!(
                    "PUBLIC_BASE_URL={v:?} must be an origin like https://ot.example.no (scheme and host, no path)"
                ));
            }
            v
        });

        let data_dir = PathBuf::from(get("DATA_DIR").unwrap_or_else(|| "data".into()));

        let database_url = match get("DATABASE_URL") {
            None => format!("sqlite://{}/neste-steg.db", data_dir.display()),
            Some(v) => {
                if Backend::of_url(&v).is_none() {
                    problems.push(format!(
                        "DATABASE_URL must start with sqlite:// or postgres:// (got {})",
                        redact_url(&v)
                    ));
                }
                v
            }
        };

        let county = get("COUNTY").unwrap_or_else(|| "vestfold".into());
        if !domain::county::is_slug(&county) {
            problems.push(format!(
                "COUNTY={county:?} must be a slug: 2 to 40 of a-z, 0-9 and inner hyphens"
            ));
        }

        let demo_data = match get("DEMO_DATA").as_deref() {
            None | Some("false" | "0" | "no") => false,
            Some("true" | "1" | "yes") => true,
            Some(v) => {
                problems.push(format!("DEMO_DATA={v:?} must be true or false"));
                false
            }
        };

        let keep_unsent_messages = match get("KEEP_UNSENT_MESSAGES").as_deref() {
            None | Some("false" | "0" | "no") => false,
            Some("true" | "1" | "yes") => true,
            Some(v) => {
                problems.push(format!("KEEP_UNSENT_MESSAGES={v:?} must be true or false"));
                false
            }
        };

        let log_format = match get("LOG_FORMAT").as_deref() {
            None | Some("human") => LogFormat::Human,
            Some("json") => LogFormat::Json,
            Some(v) => {
                problems.push(format!("LOG_FORMAT={v:?} must be human or json"));
                LogFormat::Human
            }
        };

        let site_root = PathBuf::from(get("SITE_ROOT").unwrap_or_else(|| "target/site".into()));

        let mut whole = |name: &str, default: u32, max: u32| match get(name) {
            None => default,
            Some(v) => match v.parse::<u32>() {
                Ok(n) if (1..=max).contains(&n) => n,
                _ => {
                    problems.push(format!(
                        "{name}={v:?} must be a whole number from 1 to {max}"
                    ));
                    default
                }
            },
        };
        let session_idle_minutes = whole("SESSION_IDLE_MINUTES", 30, 24 * 60);
        let session_absolute_hours = whole("SESSION_ABSOLUTE_HOURS", 12, 24 * 7);

        let smtp_url = get("SMTP_URL");
        if let Some(url) = &smtp_url {
            if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
                problems.push("SMTP_URL must start with smtp:// or smtps://".into());
            }
        }
        let sms_gateway_url = get("SMS_GATEWAY_URL");
        if let Some(url) = &sms_gateway_url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                problems.push("SMS_GATEWAY_URL must be an http:// or https:// URL".into());
            }
        }
        let worker_interval_seconds = match get("WORKER_INTERVAL_SECONDS") {
            None => 5,
            Some(v) => match v.parse::<u64>() {
                Ok(n) if (1..=3600).contains(&n) => n,
                _ => {
                    problems.push(format!(
                        "WORKER_INTERVAL_SECONDS={v:?} must be a whole number of seconds from 1 to 3600"
                    ));
                    5
                }
            },
        };
        let outbox_lease_seconds = match get("OUTBOX_LEASE_SECONDS") {
            None => 120,
            Some(v) => match v.parse::<u64>() {
                Ok(n) if (30..=3600).contains(&n) => n,
                _ => {
                    problems.push(format!(
                        "OUTBOX_LEASE_SECONDS={v:?} must be a whole number of seconds from 30 to 3600"
                    ));
                    120
                }
            },
        };
        let database_max_connections =
            get("DATABASE_MAX_CONNECTIONS").and_then(|v| match v.parse::<u32>() {
                Ok(n) if (1..=500).contains(&n) => Some(n),
                _ => {
                    problems.push(format!(
                        "DATABASE_MAX_CONNECTIONS={v:?} must be a whole number from 1 to 500"
                    ));
                    None
                }
            });
        let metrics_addr = get("METRICS_ADDR").and_then(|v| {
            v.parse::<SocketAddr>()
                .map_err(|_| {
                    problems.push(format!(
                        "METRICS_ADDR={v:?} must be an address and port like 127.0.0.1:9100"
                    ))
                })
                .ok()
        });
        if metrics_addr.is_some_and(|m| m == listen_addr && m.port() != 0) {
            problems.push("METRICS_ADDR must differ from LISTEN_ADDR: metrics are not for the public listener".into());
        }
        let days = |name: &str, default: i64, problems: &mut Vec<String>| match get(name) {
            None => default,
            Some(v) => match v.parse::<i64>() {
                Ok(n) if (1..=365).contains(&n) => n,
                _ => {
                    problems.push(format!(
                        "{name}={v:?} must be a whole number from 1 to 365 (days, or hours and codes where the name says so)"
                    ));
                    default
                }
            },
        };
        let link_days = days("LINK_DAYS", 30, &mut problems);
        // Booking holds, in hours (the `days` check's 1–365 range fits them too).
        let hold_hours = days("BOOKING_HOLD_HOURS", 48, &mut problems);
        let hold_before_meeting_hours = days("BOOKING_HOLD_BEFORE_HOURS", 24, &mut problems);
        let call_list_days = days("CALL_LIST_DAYS", 14, &mut problems);
        let council_overdue_days = days(
            "COUNCIL_OVERDUE_DAYS",
            domain::council::input::DEFAULT_OVERDUE_DAYS,
            &mut problems,
        );
        // The same 1–365 check fits a count of codes per hour.
        let codes_per_address = days("BOOKING_CODES_PER_ADDRESS", 10, &mut problems);
        let codes_per_county = match get("BOOKING_CODES_PER_HOUR") {
            None => 300,
            Some(v) => match v.parse::<i64>() {
                Ok(n) if (1..=100_000).contains(&n) => n,
                _ => {
                    problems.push(format!(
                        "BOOKING_CODES_PER_HOUR={v:?} must be a whole number from 1 to 100000"
                    ));
                    300
                }
            },
        };
        let sms_countries: Vec<String> = get("SMS_COUNTRY_CODES")
            .unwrap_or_default()
            .split(',')
            .map(|c| c.trim().trim_start_matches('+').to_string())
            .filter(|c| !c.is_empty())
            .collect();
        if let Some(bad) = sms_countries.iter().find(|c| {
            !(1..=3).contains(&c.len())
                || !c.chars().all(|d| d.is_ascii_digit())
                || c.starts_with('0')
        }) {
            problems.push(format!(
                "SMS_COUNTRY_CODES has {bad:?}: calling codes are 1 to 3 digits, like 46,45,358"
            ));
        }
        let last_age = days("RETENTION_LAST_AGE", 24, &mut problems);
        if !(18..=30).contains(&last_age) {
            problems.push(format!(
                "RETENTION_LAST_AGE={last_age} must be an age from 18 to 30"
            ));
        }
        let retention_policy = domain::retention::RetentionPolicy {
            last_age: last_age as i32,
            bookings: chrono::Duration::days(days("RETENTION_BOOKING_DAYS", 365, &mut problems)),
            booking_links: chrono::Duration::days(days(
                "RETENTION_BOOKING_LINK_DAYS",
                14,
                &mut problems,
            )),
            outbox: chrono::Duration::days(days("RETENTION_MESSAGE_DAYS", 90, &mut problems)),
            ..Default::default()
        };
        let reminder_days = match get("REMINDER_DAYS") {
            None => vec![3, 10],
            Some(v) => {
                let parsed: Option<Vec<i64>> = v
                    .split(',')
                    .map(|d| {
                        d.trim()
                            .parse::<i64>()
                            .ok()
                            .filter(|d| (1..=365).contains(d))
                    })
                    .collect();
                match parsed {
                    Some(list)
                        if list.windows(2).all(|w| w[0] < w[1])
                            && list.last().is_none_or(|l| *l < call_list_days) =>
                    {
                        list
                    }
                    _ => {
                        problems.push(format!(
                            "REMINDER_DAYS={v:?} must be rising whole days before CALL_LIST_DAYS, like 3,10"
                        ));
                        vec![3, 10]
                    }
                }
            }
        };
        let oidc = match (
            get("OIDC_ISSUER_URL"),
            get("OIDC_CLIENT_ID"),
            get("OIDC_CLIENT_SECRET"),
        ) {
            (None, None, None) => None,
            (Some(issuer_url), Some(client_id), Some(client_secret)) => {
                if !(issuer_url.starts_with("https://") || issuer_url.starts_with("http://")) {
                    problems.push(format!(
                        "OIDC_ISSUER_URL={issuer_url:?} must be an http(s) URL"
                    ));
                }
                Some(OidcConfig {
                    issuer_url: issuer_url.trim_end_matches('/').to_string(),
                    client_id,
                    client_secret,
                })
            }
            _ => {
                problems.push(
                    "OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together"
                        .into(),
                );
                None
            }
        };
        let local_login = match get("LOCAL_LOGIN").as_deref() {
            None | Some("true") => true,
            Some("false") => false,
            Some(v) => {
                problems.push(format!("LOCAL_LOGIN={v:?} must be true or false"));
                true
            }
        };
        if !local_login && oidc.is_none() {
            problems.push("LOCAL_LOGIN=false needs OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: nobody could log in".into());
        }
        let client_ip_header = get("CLIENT_IP_HEADER").map(|h| h.to_lowercase());
        if let Some(h) = &client_ip_header {
            if http::HeaderName::from_bytes(h.as_bytes()).is_err() {
                problems.push(format!("CLIENT_IP_HEADER={h:?} is not a header name"));
            }
        }
        let closed_days = get("CLOSED_DAYS");
        if let Some(days) = &closed_days {
            if domain::booking::closed_days::ClosedDays::parse(days).is_err() {
                problems.push(format!(
                    "CLOSED_DAYS={days:?} must be days of the year like 12-24,12-31 (or empty for none)"
                ));
            }
        }
        let count_dates =
            get("COUNT_DATES").unwrap_or_else(|| domain::numbers::CountDates::DEFAULT.to_string());
        if domain::numbers::CountDates::parse(&count_dates).is_err() {
            problems.push(format!(
                "COUNT_DATES={count_dates:?} must be days of the year like 11-15,02-15,06-15"
            ));
        }
        let demo_password = get("DEMO_PASSWORD");
        if demo_password
            .as_ref()
            .is_some_and(|p| p.chars().count() < 12)
        {
            problems.push("DEMO_PASSWORD must have at least 12 characters".into());
        }

        if problems.is_empty() {
            Ok(Config {
                closed_days,
                count_dates,
                listen_addr,
                public_base_url,
                data_dir,
                database_url,
                county,
                demo_data,
                keep_unsent_messages,
                log_format,
                site_root,
                session_idle_minutes,
                session_absolute_hours,
                demo_password,
                smtp_url,
                mail_from: get("MAIL_FROM"),
                sms_gateway_url,
                sms_gateway_token: get("SMS_GATEWAY_TOKEN"),
                sms_sender: get("SMS_SENDER").unwrap_or_else(|| "OT".into()),
                worker_interval_seconds,
                outbox_lease_seconds,
                database_max_connections,
                metrics_addr,
                client_ip_header,
                oidc,
                local_login,
                contact_policy: domain::contact_request::ContactPolicy {
                    link_days,
                    reminder_days,
                    call_list_days,
                },
                booking_policy: domain::booking::BookingPolicy {
                    hold_hours,
                    hold_before_meeting_hours,
                },
                retention_policy,
                verification_policy: domain::booking::verification::VerificationPolicy {
                    per_ip: domain::throttle::Limit::per_hour(codes_per_address),
                    per_county: domain::throttle::Limit::per_hour(codes_per_county),
                    sms_countries,
                    ..Default::default()
                },
                council_overdue_days,
            })
        } else {
            Err(ConfigError(problems))
        }
    }

    pub fn backend(&self) -> Backend {
        Backend::of_url(&self.database_url).unwrap_or(Backend::Sqlite)
    }
}

/// A database URL without its password, for messages and logs.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let userinfo = &url[scheme_end + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}://{user}:***@{}", &url[..scheme_end], &url[at + 1..])
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_serve_sqlite_on_localhost() {
        let c = config(&[]).unwrap();
        assert_eq!(c.listen_addr.to_string(), "127.0.0.1:3000");
        assert_eq!(c.public_base_url, None);
        assert_eq!(c.database_url, "sqlite://data/neste-steg.db");
        assert_eq!(c.backend(), Backend::Sqlite);
        assert!(!c.demo_data);
        assert_eq!(c.log_format, LogFormat::Human);
    }

    #[test]
    fn postgres_url_switches_the_backend() {
        let c = config(&[("DATABASE_URL", "postgres://ot:secret@db:5432/ot")]).unwrap();
        assert_eq!(c.backend(), Backend::Postgres);
    }

    #[test]
    fn every_bad_value_is_reported_by_name() {
        let err = config(&[
            ("LISTEN_ADDR", "localhost"),
            ("PUBLIC_BASE_URL", "ot.example.no/path"),
            ("DATABASE_URL", "mysql://root:hunter2@db/ot"),
            ("DEMO_DATA", "maybe"),
            ("LOG_FORMAT", "xml"),
            ("COUNTY", "Vest fold"),
            ("SESSION_IDLE_MINUTES", "0"),
            ("SMTP_URL", "mail.example.no"),
            ("SMS_GATEWAY_URL", "gateway"),
            ("WORKER_INTERVAL_SECONDS", "0"),
            ("LINK_DAYS", "a month"),
            ("REMINDER_DAYS", "10,3"),
            ("DATABASE_MAX_CONNECTIONS", "0"),
        ])
        .unwrap_err();
        let text = err.to_string();
        for name in [
            "LISTEN_ADDR",
            "PUBLIC_BASE_URL",
            "DATABASE_URL",
            "DEMO_DATA",
            "LOG_FORMAT",
            "COUNTY",
            "SMTP_URL",
            "SMS_GATEWAY_URL",
            "WORKER_INTERVAL_SECONDS",
            "LINK_DAYS",
            "REMINDER_DAYS",
            "DATABASE_MAX_CONNECTIONS",
        ] {
            assert!(text.contains(name), "{name} missing from:\n{text}");
        }
        assert_eq!(err.0.len(), 13);
        assert!(
            !text.contains("hunter2"),
            "a password leaked into the message:\n{text}"
        );
    }

    #[test]
    fn the_pool_size_is_configurable() {
        assert_eq!(config(&[]).unwrap().database_max_connections, None);
        let sized = config(&[("DATABASE_MAX_CONNECTIONS", "40")]).unwrap();
        assert_eq!(sized.database_max_connections, Some(40));
    }

    #[test]
    fn the_council_overdue_limit_is_configurable() {
        assert_eq!(config(&[]).unwrap().council_overdue_days, 21);
        let c = config(&[("COUNCIL_OVERDUE_DAYS", "30")]).unwrap();
        assert_eq!(c.council_overdue_days, 30);
        assert!(config(&[("COUNCIL_OVERDUE_DAYS", "0")]).is_err());
    }

    #[test]
    fn reminders_and_link_lifetime_are_configurable() {
        let c = config(&[
            ("LINK_DAYS", "21"),
            ("REMINDER_DAYS", "2, 5 ,9"),
            ("CALL_LIST_DAYS", "12"),
        ])
        .unwrap();
        assert_eq!(c.contact_policy.link_days, 21);
        assert_eq!(c.contact_policy.reminder_days, [2, 5, 9]);
        assert_eq!(c.contact_policy.call_list_days, 12);
        let defaults = config(&[]).unwrap().contact_policy;
        assert_eq!(
            (
                defaults.link_days,
                defaults.reminder_days,
                defaults.call_list_days
            ),
            (30, vec![3, 10], 14)
        );
        assert!(
            config(&[("REMINDER_DAYS", "3,20")]).is_err(),
            "a reminder after the call list"
        );
    }

    #[test]
    fn sms_countries_and_the_county_ceiling_are_read_and_checked() {
        let c = config(&[]).unwrap();
        assert!(c.verification_policy.sms_countries.is_empty());
        assert_eq!(c.verification_policy.per_county.limit, 300);
        let c = config(&[
            ("SMS_COUNTRY_CODES", "46, +45,358"),
            ("BOOKING_CODES_PER_HOUR", "50"),
        ])
        .unwrap();
        assert_eq!(c.verification_policy.sms_countries, ["46", "45", "358"]);
        assert_eq!(c.verification_policy.per_county.limit, 50);
        assert!(c.verification_policy.sms_allowed("+46701234567"));
        assert!(!c.verification_policy.sms_allowed("+269123456789"));
        assert!(config(&[("SMS_COUNTRY_CODES", "4a")]).is_err());
        assert!(config(&[("SMS_COUNTRY_CODES", "0046")]).is_err());
        assert!(config(&[("BOOKING_CODES_PER_HOUR", "0")]).is_err());
    }

    #[test]
    fn oidc_comes_whole_and_local_login_needs_an_alternative() {
        let c = config(&[
            ("OIDC_ISSUER_URL", "https://login.fylke.no/realms/ot/"),
            ("OIDC_CLIENT_ID", "neste-steg"),
            ("OIDC_CLIENT_SECRET", "s3cret-value"),
            ("LOCAL_LOGIN", "false"),
        ])
        .unwrap();
        let oidc = c.oidc.as_ref().unwrap();
        assert_eq!(oidc.issuer_url, "https://login.fylke.no/realms/ot");
        assert!(!c.local_login);
        assert!(
            !format!("{c:?}").contains("s3cret-value"),
            "the secret is redacted"
        );
        assert!(config(&[("OIDC_CLIENT_ID", "neste-steg")]).is_err());
        assert!(config(&[("LOCAL_LOGIN", "false")]).is_err());
        assert!(config(&[]).unwrap().local_login);
    }

    #[test]
    fn closed_days_are_days_of_the_year() {
        assert_eq!(config(&[]).unwrap().closed_days, None);
        let c = config(&[("CLOSED_DAYS", "12-24,12-31,05-18")]).unwrap();
        assert_eq!(c.closed_days.as_deref(), Some("12-24,12-31,05-18"));
        assert!(config(&[("CLOSED_DAYS", "")]).is_ok());
        assert!(config(&[("CLOSED_DAYS", "24.12")]).is_err());
        assert!(config(&[("CLOSED_DAYS", "02-30")]).is_err());
    }

    #[test]
    fn count_dates_are_days_of_the_year() {
        assert_eq!(config(&[]).unwrap().count_dates, "11-15,02-15,06-15");
        let c = config(&[("COUNT_DATES", "10-01,03-01")]).unwrap();
        assert_eq!(c.count_dates, "10-01,03-01");
        assert!(config(&[("COUNT_DATES", "15.11")]).is_err());
        assert!(config(&[("COUNT_DATES", "11-31")]).is_err());
    }

    #[test]
    fn metrics_listen_apart_and_leases_outlast_a_send() {
        let c = config(&[]).unwrap();
        assert_eq!((c.metrics_addr, c.outbox_lease_seconds), (None, 120));
        let c = config(&[
            ("METRICS_ADDR", "127.0.0.1:9100"),
            ("OUTBOX_LEASE_SECONDS", "30"),
        ])
        .unwrap();
        assert_eq!(c.metrics_addr, Some("127.0.0.1:9100".parse().unwrap()));
        assert_eq!(c.outbox_lease_seconds, 30);
        assert!(config(&[("METRICS_ADDR", "9100")]).is_err());
        assert!(config(&[("METRICS_ADDR", "127.0.0.1:3000")]).is_err());
        assert!(config(&[("OUTBOX_LEASE_SECONDS", "20")]).is_err());
    }

    #[test]
    fn base_url_loses_its_trailing_slash() {
        let c = config(&[("PUBLIC_BASE_URL", "https://ot.vestfoldfylke.no/")]).unwrap();
        assert_eq!(
            c.public_base_url.as_deref(),
            Some("https://ot.vestfoldfylke.no")
        );
    }

    #[test]
    fn urls_are_redacted() {
        assert_eq!(
            redact_url("postgres://ot:secret@db/ot"),
            "postgres://ot:***@db/ot"
        );
        assert_eq!(redact_url("sqlite://data/x.db"), "sqlite://data/x.db");
    }
}
