//! Background work: the outbox worker and the reminder schedule. Every instance runs one; the
//! database's leases and compare-and-swap updates keep several instances from doubling anything.

use std::time::Duration;

use domain::{
    outbox::{self, Leased, RetryPolicy},
    Db,
};
use lettre::{
    message::{header::ContentType, Mailbox},
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};
use tokio::sync::watch;

use crate::config::Config;

/// Where each channel's messages go.
pub struct Transports {
    db: Db,
    smtp: Option<AsyncSmtpTransport<Tokio1Executor>>,
    mail_from: Mailbox,
    /// The part after `@` in Message-IDs.
    mail_domain: String,
    sms: Option<SmsGateway>,
    /// Demo mode: a channel without a transport delivers to the demo mailbox. Outside it (with
    /// `KEEP_UNSENT_MESSAGES=true`) such a channel's messages stay in the outbox, unsent.
    demo_mailbox: bool,
}

struct SmsGateway {
    client: reqwest::Client,
    url: String,
    token: Option<String>,
    sender: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error("SMTP_URL is not usable: {0}")]
    Smtp(String),
    #[error("MAIL_FROM is not an address: {0}")]
    From(String),
}

impl Transports {
    pub fn from_config(
        config: &Config,
        db: Db,
        public_origin: &str,
    ) -> Result<Transports, TransportError> {
        let host = public_origin
            .split("://")
            .nth(1)
            .unwrap_or("localhost")
            .split(':')
            .next()
            .unwrap_or("localhost")
            .to_string();
        let smtp = match &config.smtp_url {
            Some(url) => Some(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| TransportError::Smtp(e.to_string()))?
                    .timeout(Some(Duration::from_secs(20)))
                    .build(),
            ),
            None => None,
        };
        let from = config
            .mail_from
            .clone()
            .unwrap_or_else(|| format!("OT <ot@{host}>"));
        let mail_from = from.parse().map_err(|_| TransportError::From(from))?;
        let sms = config.sms_gateway_url.as_ref().map(|url| SmsGateway {
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(20))
                .build()
                .unwrap_or_default(),
            url: url.clone(),
            token: config.sms_gateway_token.clone(),
            sender: config.sms_sender.clone(),
        });
        Ok(Transports {
            db,
            smtp,
            mail_from,
            mail_domain: host,
            sms,
            demo_mailbox: config.demo_data,
        })
    }

    /// The channels this instance can deliver on; the worker leases only their messages.
    pub fn channels(&self) -> outbox::Channels {
        outbox::Channels {
            email: self.smtp.is_some() || self.demo_mailbox,
            sms: self.sms.is_some() || self.demo_mailbox,
        }
    }

    /// Which transport each channel uses, for the start-up log.
    pub fn describe(&self) -> (&'static str, &'static str) {
        (
            match (&self.smtp, self.demo_mailbox) {
                (Some(_), _) => "smtp",
                (None, true) => "demo mailbox",
                (None, false) => "none: kept unsent in the outbox",
            },
            match (&self.sms, self.demo_mailbox) {
                (Some(_), _) => "http gateway",
                (None, true) => "demo mailbox",
                (None, false) => "none: kept unsent in the outbox",
            },
        )
    }

    /// Delivers one message. The idempotency key travels along (Message-ID, Idempotency-Key)
    /// so a receiver can drop the repeat that at-least-once delivery may bring.
    pub async fn deliver(&self, message: &Leased) -> Result<(), String> {
        match (message.channel.as_str(), &self.smtp, &self.sms) {
            ("email", Some(smtp), _) => {
                let to: Mailbox = message
                    .recipient
                    .parse()
                    .map_err(|_| "bad recipient".to_string())?;
                let id = message.idempotency_key.replace(':', ".");
                let email = Message::builder()
                    .from(self.mail_from.clone())
                    .to(to)
                    .subject(message.subject.clone())
                    .message_id(Some(format!("<{id}@{}>", self.mail_domain)))
                    .multipart(email_body(message))
                    .map_err(|e| e.to_string())?;
                smtp.send(email)
                    .await
                    .map(|_| ())
                    .map_err(|e| e.to_string())
            }
            ("sms", _, Some(gateway)) => {
                let mut request = gateway
                    .client
                    .post(&gateway.url)
                    .header("Idempotency-Key", &message.idempotency_key)
                    .json(&serde_json::json!({
                        "to": message.recipient,
                        "from": gateway.sender,
                        "text": message.body,
                        "idempotency_key": message.idempotency_key,
                    }));
                if let Some(token) = &gateway.token {
                    request = request.bearer_auth(token);
                }
                let response = request
                    .send()
                    .await
                    .map_err(|e| e.without_url().to_string())?;
                if response.status().is_success() {
                    Ok(())
                } else {
                    Err(format!("gateway answered {}", response.status()))
                }
            }
            _ => outbox::deliver_to_demo_mailbox(&self.db, message, chrono::Utc::now())
                .await
                .map_err(|e| e.to_string()),
        }
    }
}

/// The text, and the calendar file when the message carries one.
fn email_body(message: &Leased) -> lettre::message::MultiPart {
    use lettre::message::{Attachment, MultiPart, SinglePart};
    let text = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .body(message.body.clone());
    let mut body = MultiPart::mixed().singlepart(text);
    if let (Some(name), Some(content)) = (&message.attachment_name, &message.attachment) {
        let calendar = ContentType::parse("text/calendar; charset=utf-8; method=PUBLISH")
            .unwrap_or(ContentType::TEXT_PLAIN);
        body = body.singlepart(Attachment::new(name.clone()).body(content.clone(), calendar));
    }
    body
}

/// A channel as a metric label: one of a fixed few, whatever the database holds.
fn channel_label(channel: &str) -> &'static str {
    match channel {
        "email" => "email",
        "sms" => "sms",
        _ => "other",
    }
}

/// What the worker needs besides the transports.
pub struct Worker {
    pub db: Db,
    pub transports: Transports,
    pub policy: RetryPolicy,
    pub contact_policy: domain::contact_request::ContactPolicy,
    pub origin: String,
    pub service_name: String,
    pub interval: Duration,
    pub id: String,
    /// The county whose data this instance's retention job deletes.
    pub county_id: i64,
    pub retention: domain::retention::RetentionPolicy,
}

impl Worker {
    /// Sends everything due, once. Returns how many messages went out.
    pub async fn run_once(&self) -> Result<usize, domain::DomainError> {
        let (_keep, running) = watch::channel(false);
        self.run_once_until(&running).await
    }

    /// Deletes the personal data whose time is up, audited by count.
    pub async fn delete_due(&self) -> Result<domain::retention::Deleted, domain::DomainError> {
        let deleted = domain::retention::run(
            &self.db,
            self.county_id,
            &self.retention,
            chrono::Utc::now(),
        )
        .await?;
        for (kind, count) in &deleted {
            tracing::info!(kind, count, "retention: deleted what was due");
        }
        Ok(deleted)
    }

    /// One round; stops between two messages (never in the middle of one) once `stop` is true.
    pub async fn run_once_until(
        &self,
        stop: &watch::Receiver<bool>,
    ) -> Result<usize, domain::DomainError> {
        let origin = self.origin.clone();
        let service = self.service_name.clone();
        let compose = move |due: &domain::contact_request::Due, channel: &str, token: &str| {
            app::messages::reminder(&origin, &service, due, channel, token)
        };
        domain::contact_request::run_reminders(
            &self.db,
            &self.contact_policy,
            &compose,
            chrono::Utc::now(),
        )
        .await?;
        // Bookings: requests past their hold expire (and free their time); tomorrow's meetings
        // get their reminder. Offices are read per round, so an edited address is used at once.
        let mut offices = Vec::new();
        for county_id in domain::county::ids(&self.db).await? {
            offices.extend(domain::department::list(&self.db, county_id).await?);
        }
        let compose = app::messages::booking_composer(
            self.origin.clone(),
            self.service_name.clone(),
            offices,
        );
        let now = chrono::Utc::now();
        domain::booking::expire_holds(&self.db, &compose, now).await?;
        domain::booking::send_reminders(&self.db, chrono::Duration::hours(24), &compose, now)
            .await?;
        let mut sent = 0;
        while !*stop.borrow() {
            let Some(message) = outbox::lease_on(
                &self.db,
                &self.id,
                &self.policy,
                chrono::Utc::now(),
                self.transports.channels(),
            )
            .await?
            else {
                break;
            };
            match self.transports.deliver(&message).await {
                Ok(()) => {
                    outbox::mark_sent(&self.db, message.id, &self.id, chrono::Utc::now()).await?;
                    metrics::counter!("neste_steg_outbox_sent_total", "channel" => channel_label(&message.channel)).increment(1);
                    sent += 1;
                }
                Err(error) => {
                    metrics::counter!("neste_steg_outbox_failed_total", "channel" => channel_label(&message.channel)).increment(1);
                    // The recipient and body stay out of the log; the message id finds them.
                    tracing::warn!(message_id = message.id, channel = %message.channel, attempts = message.attempts, %error, "delivery failed");
                    outbox::mark_failed(
                        &self.db,
                        &message,
                        &self.id,
                        &error,
                        &self.policy,
                        chrono::Utc::now(),
                    )
                    .await?;
                }
            }
        }
        Ok(sent)
    }

    /// The numbers' own counting: each county's latest count date once that day is over (and,
    /// at start, one that passed while the portal was down; taken once however many try), and
    /// «today» for the numbers page.
    pub async fn count_numbers(&self) -> Result<(), domain::DomainError> {
        let now = chrono::Utc::now();
        for (county_id, date) in domain::numbers::take_due_snapshots(&self.db, now).await? {
            tracing::info!(county_id, %date, "count date: snapshot taken");
        }
        domain::numbers::refresh_status_now(&self.db, now).await?;
        Ok(())
    }

    /// Runs until `stop` turns true, finishing the message in hand first.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        // Retention runs at start and then about hourly: deleting is not urgent, only certain.
        let mut last_retention: Option<std::time::Instant> = None;
        // The numbers are counted every minute (a count date is a query per county when
        // nothing is due; «today» is counted anew).
        let mut last_count: Option<std::time::Instant> = None;
        loop {
            if last_retention.is_none_or(|at| at.elapsed() >= Duration::from_secs(3600)) {
                last_retention = Some(std::time::Instant::now());
                if let Err(error) = self.delete_due().await {
                    tracing::error!(%error, "retention job");
                }
            }
            if last_count.is_none_or(|at| at.elapsed() >= Duration::from_secs(60)) {
                last_count = Some(std::time::Instant::now());
                if let Err(error) = self.count_numbers().await {
                    tracing::error!(%error, "numbers: counting");
                }
            }
            let round = std::time::Instant::now();
            if let Err(error) = self.run_once_until(&stop).await {
                tracing::error!(%error, "outbox worker");
            }
            metrics::counter!("neste_steg_worker_rounds_total").increment(1);
            metrics::histogram!("neste_steg_worker_round_duration_seconds")
                .record(round.elapsed().as_secs_f64());
            tokio::select! {
                _ = tokio::time::sleep(self.interval) => {}
                _ = stop.changed() => {}
            }
            if *stop.borrow() {
                break;
            }
        }
    }
}
