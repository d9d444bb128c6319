//! A member logs in with a one-time link or a six-digit code, sent by SMS or e-mail to the
//! mobile or e-mail they type.
//!
//! The answer to «send me a code» is always a page token, member or not, so the form tells
//! nobody who is a member: for a contact that is no active member's a row is stored that no
//! code matches, and no message is sent. Two tokens per row: the page token (the code is typed
//! on that token's page) and the link token (carried in the message; opening the link shows a
//! button, and its POST logs in). Both and the code are stored only as hashes. The code lives
//! 15 minutes, allows five tries and works once; code and link share the row, so using either
//! ends both. Requests are throttled per client address and per recipient, whether or not the
//! recipient is a member (a limit only members reach would tell who they are).

use chrono::{DateTime, Duration, Utc};

use super::{member_session, today, Channel, Refusal};
use crate::{
    audit::{self, NewAuditEvent},
    contact_request::normalize_mobile,
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    outbox::{enqueue_in, NewMessage},
    secret,
    staff::normalize_email,
    throttle::{self, Limit},
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoginPolicy {
    pub lifetime: Duration,
    pub max_attempts: i64,
    /// Codes one client address may ask for.
    pub per_ip: Limit,
    /// Codes one mobile or e-mail may be sent.
    pub per_member: Limit,
    /// And in a day: 10 codes of 5 tries are 50 guesses at one member's code a day (at 3 an
    /// hour alone, 360), and no member gets more than 10 such messages a day.
    pub per_member_daily: Limit,
}

impl Default for LoginPolicy {
    fn default() -> Self {
        LoginPolicy {
            lifetime: Duration::minutes(15),
            max_attempts: 5,
            per_ip: Limit::per_hour(10),
            per_member: Limit::per_hour(3),
            per_member_daily: Limit {
                window: Duration::days(1),
                limit: 10,
            },
        }
    }
}

/// What `compose` gets to write the message with the code and the link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoginCode {
    pub code: String,
    /// Goes into the link (`…/ot-rad/logg-inn/{link_token}` or wherever the app puts it).
    pub link_token: String,
    pub channel: Channel,
    pub recipient: String,
    /// The member's language.
    pub language: String,
}

/// A login on its way: the token of the page where the code is typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Started {
    pub page_token: String,
}

/// A mobile (`+47…`) or an e-mail (lower case) as typed, or `Invalid { field: "contact" }`.
fn normalize_contact(contact: &str) -> DomainResult<(Channel, String)> {
    let contact = contact.trim();
    let normalized = if contact.contains('@') {
        normalize_email(contact).ok().map(|e| (Channel::Email, e))
    } else {
        normalize_mobile(contact).map(|m| (Channel::Sms, m))
    };
    normalized.ok_or(DomainError::Invalid {
        field: "contact",
        reason: "invalid",
    })
}

fn code_hash(page_token: &str, code: &str) -> String {
    secret::token_hash(&format!("{page_token}:{}", code.trim()))
}

/// Sends a code and a link to the active member with this mobile or e-mail, if there is one;
/// returns a page token either way. `compose` writes the message (in `LoginCode::language`).
#[allow(clippy::too_many_arguments)]
pub async fn start(
    db: &Db,
    county_id: i64,
    contact: &str,
    ip: &str,
    policy: &LoginPolicy,
    compose: impl Fn(&LoginCode) -> NewMessage,
    now: DateTime<Utc>,
) -> DomainResult<Result<Started, Refusal>> {
    let (channel, recipient) = normalize_contact(contact)?;
    let recipient_key = throttle::private_key(&recipient);
    if !throttle::allow_all(
        db,
        &[
            ("council-login-ip", ip, policy.per_ip),
            ("council-login-to", &recipient_key, policy.per_member),
            ("council-login-day", &recipient_key, policy.per_member_daily),
        ],
        now,
    )
    .await?
    {
        return Ok(Err(Refusal::Throttled));
    }
    #[derive(sqlx::FromRow)]
    struct Found {
        id: i64,
        language: String,
    }
    let column = match channel {
        Channel::Sms => "mobile",
        Channel::Email => "email",
    };
    let q = format!(
        "SELECT id, language FROM council_member WHERE county_id = $1 AND {column} = $2 \
         AND ended_at IS NULL AND term_from <= $3 AND term_to >= $3 ORDER BY id DESC LIMIT 1"
    );
    let member = sql!(db, fetch_optional Found, &q, county_id, &recipient, today(now))?;
    let page_token = secret::new_token();
    let link_token = secret::new_token();
    let code = secret::new_digits();
    // A non-member's row gets the hash of a random token for a code: no six digits match it.
    let stored_code_hash = match &member {
        Some(_) => code_hash(&page_token, &code),
        None => secret::token_hash(&secret::new_token()),
    };
    let message = member.as_ref().map(|m| {
        compose(&LoginCode {
            code: code.clone(),
            link_token: link_token.clone(),
            channel,
            recipient: recipient.clone(),
            language: m.language.clone(),
        })
    });
    write_transaction!(db, |tx| {
        sqlx::query(
            "INSERT INTO council_login (county_id, member_id, page_token_hash, link_token_hash, code_hash, \
             created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(county_id)
        .bind(member.as_ref().map(|m| m.id))
        .bind(secret::token_hash(&page_token))
        .bind(secret::token_hash(&link_token))
        .bind(&stored_code_hash)
        .bind(now)
        .bind(now + policy.lifetime)
        .execute(&mut *tx)
        .await?;
        if let Some(message) = &message {
            enqueue_in!(&mut *tx, county_id, None::<i64>, message, now);
        }
    });
    Ok(Ok(Started { page_token }))
}

#[derive(sqlx::FromRow)]
struct Pending {
    id: i64,
    county_id: i64,
    member_id: Option<i64>,
    code_hash: String,
    attempts: i64,
    expires_at: DateTime<Utc>,
    used_at: Option<DateTime<Utc>>,
}

const PENDING: &str =
    "SELECT id, county_id, member_id, code_hash, attempts, expires_at, used_at FROM council_login";

impl Pending {
    fn usable(&self, policy: &LoginPolicy, now: DateTime<Utc>) -> bool {
        self.used_at.is_none() && self.expires_at > now && self.attempts < policy.max_attempts
    }
}

/// Uses the row (code or link: either ends it) and starts a session, in one transaction, if
/// the member's term is still active; the login is audited with it.
async fn claim(
    db: &Db,
    p: &Pending,
    how: &str,
    now: DateTime<Utc>,
) -> DomainResult<Option<String>> {
    let Some(member_id) = p.member_id else {
        return Ok(None);
    };
    let token = write_transaction!(db, |tx| {
        // Works once: of two requests with the same code or link, one claims the row.
        let claimed = sqlx::query(
            "UPDATE council_login SET used_at = $1 WHERE id = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now)
        .bind(p.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let active: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM council_member WHERE id = $1 AND ended_at IS NULL AND term_from <= $2 AND term_to >= $2",
        )
        .bind(member_id)
        .bind(today(now))
        .fetch_one(&mut *tx)
        .await?;
        if claimed == 0 || active == 0 {
            None
        } else {
            let token = member_session::start_in!(&mut *tx, member_id, now);
            let event = NewAuditEvent::change(
                p.county_id,
                None,
                "council.login",
                ("council_member", member_id.to_string()),
                None,
                how.to_string(),
            );
            audit::record_in!(&mut *tx, &event, now);
            Some(token)
        }
    });
    Ok(token)
}

/// Checks a code typed on the page of `page_token`; the right one, in time and within the
/// tries, returns a new member session token.
pub async fn with_code(
    db: &Db,
    page_token: &str,
    code: &str,
    policy: &LoginPolicy,
    now: DateTime<Utc>,
) -> DomainResult<Result<String, Refusal>> {
    let q = format!("{PENDING} WHERE page_token_hash = $1");
    let Some(p) = sql!(db, fetch_optional Pending, &q, secret::token_hash(page_token))? else {
        return Ok(Err(Refusal::Gone));
    };
    if !p.usable(policy, now) {
        return Ok(Err(Refusal::Gone));
    }
    // Each try is counted first, in one conditional step: parallel guesses cannot exceed it.
    let counted = sql!(
        db,
        execute,
        "UPDATE council_login SET attempts = attempts + 1 WHERE id = $1 AND attempts < $2 AND used_at IS NULL",
        p.id,
        policy.max_attempts
    )?;
    if counted == 0 {
        return Ok(Err(Refusal::Gone));
    }
    if code_hash(page_token, code) != p.code_hash {
        let left = policy.max_attempts - p.attempts - 1;
        return Ok(Err(if left > 0 {
            Refusal::WrongCode { left }
        } else {
            Refusal::Gone
        }));
    }
    Ok(claim(db, &p, "code", now).await?.ok_or(Refusal::Gone))
}

/// Whether the link is still good, for the page that shows its button (opening it changes
/// nothing).
pub async fn link_is_usable(
    db: &Db,
    link_token: &str,
    policy: &LoginPolicy,
    now: DateTime<Utc>,
) -> DomainResult<bool> {
    let q = format!("{PENDING} WHERE link_token_hash = $1");
    Ok(
        sql!(db, fetch_optional Pending, &q, secret::token_hash(link_token))?
            .is_some_and(|p| p.member_id.is_some() && p.usable(policy, now)),
    )
}

/// Logs in with the link from the message (the POST behind its button); returns a new member
/// session token.
pub async fn with_link(
    db: &Db,
    link_token: &str,
    policy: &LoginPolicy,
    now: DateTime<Utc>,
) -> DomainResult<Result<String, Refusal>> {
    let q = format!("{PENDING} WHERE link_token_hash = $1");
    let Some(p) = sql!(db, fetch_optional Pending, &q, secret::token_hash(link_token))? else {
        return Ok(Err(Refusal::Gone));
    };
    if !p.usable(policy, now) {
        return Ok(Err(Refusal::Gone));
    }
    Ok(claim(db, &p, "link", now).await?.ok_or(Refusal::Gone))
}
