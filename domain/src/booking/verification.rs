//! A booking asked for from the public page, with no link behind it, holds a time only once the
//! young person has typed the six-digit code sent to the mobile or e-mail they gave. Until then
//! it is a `booking_verification` row that holds nothing, so a script cannot hoard the free
//! times, and the only message it can make OT send is a code to one address, a few times an hour.
//!
//! Limits: codes per client address and per recipient within an hour; at most two active
//! (requested or confirmed, not yet held) bookings per mobile or e-mail; a code lives 15
//! minutes, works once and allows five tries.

use chrono::{DateTime, Duration, Utc};

use super::{
    request, validate_contact, BookingPolicy, Compose, MeetingForm, NewBooking, Requested,
};
use crate::{
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    outbox::{enqueue_in, NewMessage},
    secret,
    throttle::{self, Limit},
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerificationPolicy {
    pub lifetime: Duration,
    pub max_attempts: i64,
    /// Codes one client address may ask for.
    pub per_ip: Limit,
    /// Codes one mobile or e-mail may be sent.
    pub per_recipient: Limit,
    /// Codes the whole county may send: a ceiling that rotating client addresses cannot lift
    /// (SMS pumping), logged as a warning when it is reached.
    pub per_county: Limit,
    /// Country calling codes besides Norway's (+47) whose mobiles may get a code by SMS (`46`,
    /// `45`, …); none by default, since SMS to other ranges cost the county money.
    pub sms_countries: Vec<String>,
    /// Active bookings one mobile or e-mail may have at once.
    pub active_per_contact: i64,
}

impl Default for VerificationPolicy {
    fn default() -> Self {
        VerificationPolicy {
            lifetime: Duration::minutes(15),
            max_attempts: 5,
            per_ip: Limit::per_hour(10),
            per_recipient: Limit::per_hour(3),
            per_county: Limit::per_hour(300),
            sms_countries: Vec::new(),
            active_per_contact: 2,
        }
    }
}

impl VerificationPolicy {
    /// Whether a normalised mobile (`+4791234567`) may be sent a code by SMS: a Norwegian
    /// mobile (normalisation accepts only 4 and 9 numbers for +47), or one of the county's
    /// countries. Calling codes are prefix-free, so a prefix match is exact.
    pub fn sms_allowed(&self, mobile: &str) -> bool {
        let Some(digits) = mobile.strip_prefix('+') else {
            return false;
        };
        digits.starts_with("47")
            || self
                .sms_countries
                .iter()
                .any(|code| !code.is_empty() && digits.starts_with(code.as_str()))
    }
}

/// The throttle key of the county-wide ceiling on code messages.
const COUNTY_CODES: &str = "booking-code-county";

/// Code messages the county has sent in the last hour (for the metrics page).
pub async fn codes_last_hour(db: &Db, now: DateTime<Utc>) -> DomainResult<i64> {
    Ok(sql!(
        db, scalar i64,
        "SELECT COUNT(*) FROM throttle_event WHERE kind = $1 AND at > $2",
        COUNTY_CODES, now - Duration::hours(1)
    )?)
}

/// Why a code was not sent, or not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Too many codes lately from this address or to this recipient.
    Throttled,
    /// This mobile or e-mail already has two active bookings.
    TooManyActive,
    /// Not the code that was sent; `left` tries remain.
    WrongCode { left: i64 },
    /// Expired, used, or out of tries: ask for a new code.
    Gone,
}

/// A code on its way: the token of the page where it is typed, and where it went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Started {
    pub token: String,
    /// `sms` or `email`.
    pub channel: String,
    pub recipient: String,
}

fn code_hash(token: &str, code: &str) -> String {
    secret::token_hash(&format!("{token}:{}", code.trim()))
}

/// Active bookings (requested or confirmed, still to come) of a mobile or an e-mail.
async fn active_for(
    db: &Db,
    county_id: i64,
    mobile: Option<&str>,
    email: Option<&str>,
    now: DateTime<Utc>,
) -> DomainResult<i64> {
    Ok(sql!(
        db, scalar i64,
        "SELECT COUNT(*) FROM booking WHERE county_id = $1 AND state IN ('requested', 'confirmed') \
         AND starts_at > $2 AND ((mobile IS NOT NULL AND mobile = $3) OR (email IS NOT NULL AND email = $4))",
        county_id, now, mobile, email
    )?)
}

/// Whether one more code message may go to `recipient` from `ip`: within the limits per
/// address, per recipient and the county's hourly ceiling (each counted when allowed).
async fn may_send(
    db: &Db,
    county_id: i64,
    ip: &str,
    recipient: &str,
    policy: &VerificationPolicy,
    now: DateTime<Utc>,
) -> DomainResult<bool> {
    let recipient_key = throttle::private_key(recipient);
    if !throttle::allow_all(
        db,
        &[
            ("booking-code-ip", ip, policy.per_ip),
            ("booking-code-to", &recipient_key, policy.per_recipient),
        ],
        now,
    )
    .await?
    {
        return Ok(false);
    }
    let county_key = county_id.to_string();
    if !throttle::allow(db, COUNTY_CODES, &county_key, policy.per_county, now).await? {
        // Someone is making the county pay for messages from many addresses: say so loudly.
        tracing::warn!(
            county_id,
            ceiling = policy.per_county.limit,
            "the county's hourly ceiling on booking code messages is reached; codes are refused"
        );
        return Ok(false);
    }
    Ok(true)
}

/// Stores the request and the message with its code, in one transaction. `compose` writes the
/// message from (code, channel, recipient): by SMS when there is a mobile, else by e-mail.
#[allow(clippy::too_many_arguments)]
pub async fn start(
    db: &Db,
    county_id: i64,
    new: &NewBooking,
    ip: &str,
    policy: &VerificationPolicy,
    compose: impl Fn(&str, &str, &str) -> NewMessage,
    now: DateTime<Utc>,
) -> DomainResult<Result<Started, Refusal>> {
    if let Some(problem) = validate_contact(new).into_iter().next() {
        return Err(DomainError::Invalid {
            field: problem.field,
            reason: problem.reason,
        });
    }
    let (mobile, email) = new.normalized_contact();
    if active_for(db, county_id, mobile.as_deref(), email.as_deref(), now).await?
        >= policy.active_per_contact
    {
        return Ok(Err(Refusal::TooManyActive));
    }
    if mobile.as_deref().is_some_and(|m| !policy.sms_allowed(m)) {
        return Err(DomainError::Invalid {
            field: "mobile",
            reason: "country",
        });
    }
    let (channel, recipient) = match (&mobile, &email) {
        (Some(m), _) => ("sms", m.clone()),
        (None, Some(e)) => ("email", e.clone()),
        (None, None) => {
            return Err(DomainError::Invalid {
                field: "mobile",
                reason: "contact_needed",
            })
        }
    };
    if !may_send(db, county_id, ip, &recipient, policy, now).await? {
        return Ok(Err(Refusal::Throttled));
    }
    let token = secret::new_token();
    let code = secret::new_digits();
    let message = compose(&code, channel, &recipient);
    write_transaction!(db, |tx| {
        sqlx::query(
            "INSERT INTO booking_verification (county_id, token_hash, code_hash, department_id, staff_id, form, \
             starts_at, first_name, mobile, email, language, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(county_id)
        .bind(secret::token_hash(&token))
        .bind(code_hash(&token, &code))
        .bind(new.department_id)
        .bind(new.staff_id)
        .bind(new.form.as_str())
        .bind(new.starts)
        .bind(new.first_name.trim())
        .bind(&mobile)
        .bind(&email)
        .bind(&new.language)
        .bind(now)
        .bind(now + policy.lifetime)
        .execute(&mut *tx)
        .await?;
        enqueue_in!(&mut *tx, county_id, None::<i64>, &message, now);
    });
    Ok(Ok(Started {
        token,
        channel: channel.to_string(),
        recipient,
    }))
}

/// A request waiting for its code, as its page shows it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct Pending {
    pub id: i64,
    pub county_id: i64,
    pub department_id: i64,
    pub staff_id: i64,
    #[sqlx(try_from = "String")]
    pub form: MeetingForm,
    pub starts_at: DateTime<Utc>,
    pub first_name: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub code_hash: String,
    pub attempts: i64,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

/// The request behind a code page's token, whatever its state; `NotFound` for a wrong token.
pub async fn pending(db: &Db, token: &str) -> DomainResult<Pending> {
    sql!(
        db, fetch_optional Pending,
        "SELECT id, county_id, department_id, staff_id, form, starts_at, first_name, mobile, email, language, \
         code_hash, attempts, expires_at, used_at FROM booking_verification WHERE token_hash = $1",
        secret::token_hash(token)
    )?
    .ok_or(DomainError::NotFound)
}

/// Sends a new code for a request whose code was not used: after a mistyped, expired or
/// used-up one. The same page (token) takes it, with every try back; the old code stops
/// working. Within the same limits as the first code, so it cannot be used to send messages
/// or to guess more often than those allow.
pub async fn resend(
    db: &Db,
    token: &str,
    ip: &str,
    policy: &VerificationPolicy,
    compose: impl Fn(&str, &str, &str) -> NewMessage,
    now: DateTime<Utc>,
) -> DomainResult<Result<Started, Refusal>> {
    let p = pending(db, token).await?;
    if p.used_at.is_some() {
        return Ok(Err(Refusal::Gone));
    }
    let (channel, recipient) = match (&p.mobile, &p.email) {
        (Some(m), _) => ("sms", m.clone()),
        (None, Some(e)) => ("email", e.clone()),
        (None, None) => return Ok(Err(Refusal::Gone)),
    };
    if !may_send(db, p.county_id, ip, &recipient, policy, now).await? {
        return Ok(Err(Refusal::Throttled));
    }
    let code = secret::new_digits();
    let message = compose(&code, channel, &recipient);
    let county_id = p.county_id;
    let renewed = write_transaction!(db, |tx| {
        let renewed = sqlx::query(
            "UPDATE booking_verification SET code_hash = $1, attempts = 0, expires_at = $2 \
             WHERE id = $3 AND used_at IS NULL",
        )
        .bind(code_hash(token, &code))
        .bind(now + policy.lifetime)
        .bind(p.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if renewed == 1 {
            enqueue_in!(&mut *tx, county_id, None::<i64>, &message, now);
        }
        renewed
    });
    if renewed == 0 {
        return Ok(Err(Refusal::Gone));
    }
    Ok(Ok(Started {
        token: token.to_string(),
        channel: channel.to_string(),
        recipient,
    }))
}

/// Checks a typed code. The right one, in time and within the tries, turns the request into a
/// booking request that holds its time (or `Conflict("slot taken")` if someone was quicker).
pub async fn confirm(
    db: &Db,
    token: &str,
    code: &str,
    booking_policy: &BookingPolicy,
    policy: &VerificationPolicy,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Result<Requested, Refusal>> {
    let p = pending(db, token).await?;
    if p.used_at.is_some() || p.expires_at <= now || p.attempts >= policy.max_attempts {
        return Ok(Err(Refusal::Gone));
    }
    // Each try is counted first, in one conditional step: parallel guesses cannot exceed it.
    let counted = sql!(
        db, execute,
        "UPDATE booking_verification SET attempts = attempts + 1 WHERE id = $1 AND attempts < $2 AND used_at IS NULL",
        p.id, policy.max_attempts
    )?;
    if counted == 0 {
        return Ok(Err(Refusal::Gone));
    }
    if code_hash(token, code) != p.code_hash {
        let left = policy.max_attempts - p.attempts - 1;
        return Ok(Err(if left > 0 {
            Refusal::WrongCode { left }
        } else {
            Refusal::Gone
        }));
    }
    if active_for(
        db,
        p.county_id,
        p.mobile.as_deref(),
        p.email.as_deref(),
        now,
    )
    .await?
        >= policy.active_per_contact
    {
        return Ok(Err(Refusal::TooManyActive));
    }
    // The code works once: whoever claims it first books.
    let claimed = sql!(
        db,
        execute,
        "UPDATE booking_verification SET used_at = $1 WHERE id = $2 AND used_at IS NULL",
        now,
        p.id
    )?;
    if claimed == 0 {
        return Ok(Err(Refusal::Gone));
    }
    let new = NewBooking {
        department_id: p.department_id,
        staff_id: p.staff_id,
        form: p.form,
        starts: p.starts_at,
        first_name: p.first_name,
        mobile: p.mobile,
        email: p.email,
        language: p.language,
        contact_request_id: None,
        supersedes_id: None,
    };
    let requested = request(db, p.county_id, &new, booking_policy, compose, now).await?;
    sql!(
        db,
        execute,
        "UPDATE booking_verification SET booking_id = $1 WHERE id = $2",
        requested.booking.id,
        p.id
    )?;
    Ok(Ok(requested))
}
