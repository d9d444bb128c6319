//! The outbox: messages are stored in the same transaction as what caused them, and a worker
//! sends them later. Delivery is at least once; the idempotency key lets a receiver drop a
//! repeat, and a lease (`locked_until`) makes sure two workers never hold the same message.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    db::{sql, Db},
    error::DomainResult,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewMessage {
    /// Unique per message; the same key twice is the same message.
    pub idempotency_key: String,
    /// `email` or `sms`.
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// A file for e-mails (the calendar file of a booking); SMS leave it out.
    #[serde(default)]
    pub attachment: Option<Attachment>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The file name; its extension decides the type (`.ics`: text/calendar).
    pub name: String,
    pub content: String,
}

/// Inserts a message inside an open transaction (`$tx` is `&mut *tx`). A key seen before is
/// ignored: retrying what caused a message does not send it twice.
macro_rules! enqueue_in {
    ($tx:expr, $county_id:expr, $request_id:expr, $message:expr, $now:expr) => {{
        let m: &$crate::outbox::NewMessage = $message;
        sqlx::query(
            "INSERT INTO outbox_message (county_id, idempotency_key, contact_request_id, channel, recipient, subject, body, \
             status, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $8) \
             ON CONFLICT (idempotency_key) DO NOTHING",
        )
        .bind($county_id)
        .bind(&m.idempotency_key)
        .bind($request_id)
        .bind(&m.channel)
        .bind(&m.recipient)
        .bind(&m.subject)
        .bind(&m.body)
        .bind($now)
        .execute($tx)
        .await?;
    }};
}
pub(crate) use enqueue_in;

/// A message a worker holds for sending.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Leased {
    pub id: i64,
    pub county_id: i64,
    pub idempotency_key: String,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attachment_name: Option<String>,
    pub attachment: Option<String>,
    pub attempts: i64,
}

#[derive(Clone, Debug)]
pub struct RetryPolicy {
    /// How long a worker may hold a message before another may take it.
    pub lease: Duration,
    pub max_attempts: i64,
    /// The wait after the first failure; it doubles with every further one.
    pub first_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            lease: Duration::minutes(2),
            max_attempts: 8,
            first_backoff: Duration::seconds(30),
        }
    }
}

impl RetryPolicy {
    pub fn backoff(&self, attempts: i64) -> Duration {
        let doublings = attempts.clamp(1, 16) - 1;
        self.first_backoff * (1 << doublings)
    }
}

/// The channels a worker can deliver on. A message on any other channel stays pending in the
/// outbox (counted by its depth and age) until an instance with that transport takes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Channels {
    pub email: bool,
    pub sms: bool,
}

impl Channels {
    pub const ALL: Channels = Channels {
        email: true,
        sms: true,
    };
}

/// Takes the next due message for `worker`, on any channel.
pub async fn lease(
    db: &Db,
    worker: &str,
    policy: &RetryPolicy,
    now: DateTime<Utc>,
) -> DomainResult<Option<Leased>> {
    lease_on(db, worker, policy, now, Channels::ALL).await
}

/// Takes the next due message on one of `channels`. The claim is one conditional UPDATE: of two
/// workers racing for a row, the second finds the condition false and gets nothing.
pub async fn lease_on(
    db: &Db,
    worker: &str,
    policy: &RetryPolicy,
    now: DateTime<Utc>,
    channels: Channels,
) -> DomainResult<Option<Leased>> {
    // Two parameters, repeated when only one channel is open: the statement stays one prepared text.
    let (first, second) = match (channels.email, channels.sms) {
        (true, true) => ("email", "sms"),
        (true, false) => ("email", "email"),
        (false, true) => ("sms", "sms"),
        (false, false) => return Ok(None),
    };
    const DUE: &str = "status = 'pending' AND next_attempt_at <= $3 AND (locked_until IS NULL OR locked_until <= $3) \
                       AND channel IN ($4, $5)";
    let query = format!(
        "UPDATE outbox_message SET locked_by = $1, locked_until = $2, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM outbox_message WHERE {DUE} ORDER BY next_attempt_at, id LIMIT 1) AND {DUE} \
         RETURNING id, county_id, idempotency_key, channel, recipient, subject, body, attachment_name, attachment, attempts"
    );
    Ok(sql!(db, fetch_optional Leased, &query, worker, now + policy.lease, now, first, second)?)
}

/// Records a delivery and forgets the body (it holds a link token). Only the lease holder can.
pub async fn mark_sent(db: &Db, id: i64, worker: &str, now: DateTime<Utc>) -> DomainResult<bool> {
    Ok(sql!(
        db,
        execute,
        "UPDATE outbox_message SET status = 'sent', sent_at = $1, body = '', attachment = NULL, locked_by = NULL, locked_until = NULL \
         WHERE id = $2 AND locked_by = $3 AND status = 'pending'",
        now,
        id,
        worker
    )? == 1)
}

/// Records a failed attempt: tried again after a growing wait, given up after `max_attempts`.
pub async fn mark_failed(
    db: &Db,
    message: &Leased,
    worker: &str,
    error: &str,
    policy: &RetryPolicy,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    let give_up = message.attempts >= policy.max_attempts;
    let status = if give_up { "failed" } else { "pending" };
    let body = if give_up { "" } else { message.body.as_str() };
    let error: String = error.chars().take(500).collect();
    sql!(
        db,
        execute,
        "UPDATE outbox_message SET status = $1, next_attempt_at = $2, last_error = $3, body = $4, locked_by = NULL, locked_until = NULL \
         WHERE id = $5 AND locked_by = $6",
        status,
        now + policy.backoff(message.attempts),
        error,
        body,
        message.id,
        worker
    )?;
    Ok(())
}

/// How many messages are in each state, for the readiness of the worker and the numbers page.
pub async fn counts(db: &Db) -> DomainResult<Vec<(String, i64)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        status: String,
        n: i64,
    }
    Ok(sql!(
        db, fetch_all Row,
        "SELECT status, COUNT(*) AS n FROM outbox_message GROUP BY status ORDER BY status"
    )?
    .into_iter()
    .map(|r| (r.status, r.n))
    .collect())
}

/// The embedded transport: keeps the message where staff can read it in demo mode. A repeat of
/// the same key is dropped, so a retried delivery shows once.
pub async fn deliver_to_demo_mailbox(
    db: &Db,
    message: &Leased,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    sql!(
        db,
        execute,
        "INSERT INTO demo_mailbox (county_id, idempotency_key, channel, recipient, subject, body, delivered_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (idempotency_key) DO NOTHING",
        message.county_id,
        &message.idempotency_key,
        &message.channel,
        &message.recipient,
        &message.subject,
        &message.body,
        now
    )?;
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct MailboxMessage {
    pub id: i64,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub delivered_at: DateTime<Utc>,
}

/// The demo mailbox, newest first.
pub async fn demo_mailbox(
    db: &Db,
    county_id: i64,
    limit: i64,
) -> DomainResult<Vec<MailboxMessage>> {
    Ok(sql!(
        db, fetch_all MailboxMessage,
        "SELECT id, channel, recipient, subject, body, delivered_at FROM demo_mailbox WHERE county_id = $1 \
         ORDER BY delivered_at DESC, id DESC LIMIT $2",
        county_id, limit
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_bounded() {
        let p = RetryPolicy::default();
        assert_eq!(p.backoff(1), Duration::seconds(30));
        assert_eq!(p.backoff(2), Duration::seconds(60));
        assert_eq!(p.backoff(4), Duration::seconds(240));
        assert_eq!(p.backoff(100), p.backoff(16));
    }
}
