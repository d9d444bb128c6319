//! Staff sessions: a random token in the cookie, its hash in the database, an idle and an
//! absolute timeout. Stored in the database so every server instance shares them.

use chrono::{DateTime, Duration, Utc};

use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, transaction, Db},
    error::DomainResult,
    secret::{new_token, token_hash},
    staff::Staff,
};

#[derive(Clone, Copy, Debug)]
pub struct SessionPolicy {
    /// A session unused this long ends (default 30 minutes).
    pub idle: Duration,
    /// A session ends this long after login, used or not (default 12 hours).
    pub absolute: Duration,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        SessionPolicy {
            idle: Duration::minutes(30),
            absolute: Duration::hours(12),
        }
    }
}

/// How a member of staff proved who they are, as the audit log names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Password,
    Oidc,
}

impl Method {
    fn action(self) -> &'static str {
        match self {
            Method::Password => "session.login",
            Method::Oidc => "session.login.oidc",
        }
    }
}

/// Starts a session and returns its token, for the cookie. Each login gets a new token, so a
/// token planted before login is worth nothing after it. The login's audit row is written in
/// the same transaction.
pub async fn start(
    db: &Db,
    staff: &Staff,
    method: Method,
    now: DateTime<Utc>,
) -> DomainResult<String> {
    let token = new_token();
    transaction!(db, |tx| {
        sqlx::query(
            "INSERT INTO staff_session (token_hash, staff_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)",
        )
        .bind(token_hash(&token))
        .bind(staff.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let event = NewAuditEvent::change(
            staff.county_id,
            Some(staff.id),
            method.action(),
            ("staff", staff.id.to_string()),
            None,
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, now);
    });
    Ok(token)
}

/// The active member of staff behind a token, if the session is alive; touches it.
pub async fn resolve(
    db: &Db,
    token: &str,
    policy: SessionPolicy,
    now: DateTime<Utc>,
) -> DomainResult<Option<Staff>> {
    let hash = token_hash(token);
    let idle_since = now - policy.idle;
    let born_after = now - policy.absolute;
    let staff = sql!(
        db, fetch_optional Staff,
        "SELECT s.id, s.county_id, s.full_name, s.email, s.role, s.active \
         FROM staff_session x JOIN staff s ON s.id = x.staff_id \
         WHERE x.token_hash = $1 AND x.last_seen_at > $2 AND x.created_at > $3 AND s.active",
        &hash, idle_since, born_after
    )?;
    if staff.is_some() {
        sql!(
            db,
            execute,
            "UPDATE staff_session SET last_seen_at = $1 WHERE token_hash = $2",
            now,
            &hash
        )?;
    }
    Ok(staff)
}

pub async fn end(db: &Db, token: &str) -> DomainResult<()> {
    sql!(
        db,
        execute,
        "DELETE FROM staff_session WHERE token_hash = $1",
        token_hash(token)
    )?;
    Ok(())
}

/// Ends every session of one member of staff (when disabled, or on a password reset).
pub async fn end_all_for(db: &Db, staff_id: i64) -> DomainResult<()> {
    sql!(
        db,
        execute,
        "DELETE FROM staff_session WHERE staff_id = $1",
        staff_id
    )?;
    Ok(())
}
