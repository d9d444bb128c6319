//! Staff login with a local password, throttled per account and per address.

use chrono::{DateTime, Duration, Utc};

use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, transaction, Db},
    error::{DomainError, DomainResult},
    secret::{self, verify_nothing, verify_password},
    staff::{self, normalize_email, Staff},
};

/// How failed logins slow down guessing without letting anyone lock a colleague out.
///
/// A lock-out per account is a weapon: whoever knows an e-mail address could keep its owner out.
/// So one address that keeps failing for an account waits out the window (that stops only the
/// guesser), and failures for one account from everywhere make each further try wait a little
/// longer (doubling up to `backoff_cap`). The back-off holds for every address that has failed
/// for the account; one that has not gets one try in it, so the owner's right password from
/// their own address always goes through. An attacker with N addresses thus gets, per window,
/// `per_account` guesses before the back-off, then one per back-off interval (about
/// `window / backoff_cap`), plus one for each of the N addresses that has not yet failed.
#[derive(Clone, Copy, Debug)]
pub struct ThrottlePolicy {
    pub window: Duration,
    /// Failures for one account from one address before that address waits out the window.
    pub per_account_and_ip: i64,
    /// Failures for one account from all addresses before each further try must wait.
    pub per_account: i64,
    /// The longest wait the back-off asks for.
    pub backoff_cap: Duration,
    /// Failures from one address (any accounts) before that address waits out the window.
    pub per_ip: i64,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        ThrottlePolicy {
            window: Duration::minutes(15),
            per_account_and_ip: 5,
            per_account: 10,
            backoff_cap: Duration::seconds(60),
            per_ip: 30,
        }
    }
}

impl ThrottlePolicy {
    /// How long after the latest failure a try is allowed, with `failures` for the account.
    pub fn backoff(&self, failures: i64) -> Duration {
        let excess = failures - self.per_account;
        if excess < 0 {
            return Duration::zero();
        }
        let seconds = 1i64.checked_shl(excess.min(30) as u32).unwrap_or(i64::MAX);
        Duration::seconds(seconds).min(self.backoff_cap)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum LoginError {
    /// Unknown e-mail or wrong password: the two are never told apart.
    WrongCredentials,
    /// The right password for an account that an administrator has disabled.
    Disabled,
    /// Too many failures lately for this account or this address.
    Throttled,
}

#[derive(Debug, thiserror::Error)]
pub enum LoginFailure {
    #[error("login refused: {0:?}")]
    Refused(LoginError),
    #[error(transparent)]
    Domain(#[from] DomainError),
}

impl From<sqlx::Error> for LoginFailure {
    fn from(err: sqlx::Error) -> Self {
        LoginFailure::Domain(err.into())
    }
}

pub async fn authenticate(
    db: &Db,
    county_id: i64,
    email: &str,
    password: &str,
    ip: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<Staff, LoginFailure> {
    let email = normalize_email(email).unwrap_or_else(|_| email.trim().to_lowercase());
    // The attempt is counted before it is judged, so guesses sent in parallel see each other:
    // counting and checking are one step, and no burst slips under the limit.
    let attempt = sql!(db, scalar i64, "INSERT INTO login_failure (email, ip, at) VALUES ($1, $2, $3) RETURNING id", &email, ip, now)?;
    let throttle = throttled(db, &email, ip, attempt, policy, now).await?;
    if throttle == Throttle::Refused {
        // A refused try is no failure: it must not lengthen anyone's wait.
        sql!(
            db,
            execute,
            "DELETE FROM login_failure WHERE id = $1",
            attempt
        )?;
        return Err(LoginFailure::Refused(LoginError::Throttled));
    }

    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        staff: Staff,
        password_hash: Option<String>,
    }
    let row = sql!(
        db, fetch_optional Row,
        "SELECT id, county_id, full_name, email, role, active, password_hash FROM staff WHERE county_id = $1 AND email = $2",
        county_id, &email
    )?;
    let phc = row.as_ref().and_then(|r| r.password_hash.clone());
    let password = password.to_owned();
    // Argon2 takes tens of milliseconds of CPU on purpose: off the async threads.
    let verified = tokio::task::spawn_blocking(move || match phc {
        Some(phc) => verify_password(&password, &phc),
        None => {
            verify_nothing(&password);
            false
        }
    })
    .await
    .unwrap_or(false);
    // In the account's back-off, an address that has not failed gets one try: the owner's right
    // password goes through, a wrong one is refused like the back-off and counted, so that
    // address has had its try.
    if throttle == Throttle::OneTry && !(verified && row.is_some()) {
        return Err(LoginFailure::Refused(LoginError::Throttled));
    }
    match row {
        Some(row) if verified => {
            if !row.staff.active {
                return Err(LoginFailure::Refused(LoginError::Disabled));
            }
            sql!(
                db,
                execute,
                "DELETE FROM login_failure WHERE email = $1",
                &email
            )?;
            Ok(row.staff)
        }
        // The attempt's row stays: it was a failure.
        _ => Err(LoginFailure::Refused(LoginError::WrongCredentials)),
    }
}

/// What the limits say about an attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Throttle {
    Allowed,
    /// Refused, not counted: the address has failed too often, or failed in the back-off.
    Refused,
    /// The account is in its back-off and this address has not failed for it: one try, counted.
    OneTry,
}

/// What the limits say about the attempt `attempt` (already counted).
async fn throttled(
    db: &Db,
    email: &str,
    ip: &str,
    attempt: i64,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<Throttle, LoginFailure> {
    let since = now - policy.window;
    // Counts exclude this attempt itself: a limit of 5 allows 5 failures.
    let by_pair = sql!(db, scalar i64, "SELECT COUNT(*) FROM login_failure WHERE email = $1 AND ip = $2 AND at > $3 AND id <> $4", email, ip, since, attempt)?;
    let by_ip = sql!(db, scalar i64, "SELECT COUNT(*) FROM login_failure WHERE ip = $1 AND at > $2 AND id <> $3", ip, since, attempt)?;
    if by_pair >= policy.per_account_and_ip || by_ip >= policy.per_ip {
        return Ok(Throttle::Refused);
    }
    let by_account = sql!(db, scalar i64, "SELECT COUNT(*) FROM login_failure WHERE email = $1 AND at > $2 AND id <> $3", email, since, attempt)?;
    let wait = policy.backoff(by_account);
    if wait.is_zero() {
        return Ok(Throttle::Allowed);
    }
    let latest = sql!(db, scalar_optional DateTime<Utc>, "SELECT at FROM login_failure WHERE email = $1 AND id <> $2 ORDER BY at DESC LIMIT 1", email, attempt)?;
    Ok(match latest {
        Some(at) if now < at + wait => {
            if by_pair == 0 {
                Throttle::OneTry
            } else {
                Throttle::Refused
            }
        }
        _ => Throttle::Allowed,
    })
}

/// Sets (or resets) a local password; every open session of that person ends. One transaction
/// with its audit row; `by`: the administrator (`None`: the command line).
pub async fn set_password(
    db: &Db,
    staff_id: i64,
    password: &str,
    by: Option<i64>,
) -> DomainResult<()> {
    let password = password.to_owned();
    let phc = tokio::task::spawn_blocking(move || secret::hash_password(&password))
        .await
        .map_err(|_| DomainError::Invalid {
            field: "password",
            reason: "cannot be hashed",
        })??;
    transaction!(db, |tx| {
        let county_id: i64 = sqlx::query_scalar(
            "UPDATE staff SET password_hash = $1 WHERE id = $2 RETURNING county_id",
        )
        .bind(&phc)
        .bind(staff_id)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(DomainError::NotFound)?;
        sqlx::query("DELETE FROM staff_session WHERE staff_id = $1")
            .bind(staff_id)
            .execute(&mut *tx)
            .await?;
        let event = NewAuditEvent::change(
            county_id,
            by,
            "staff.password",
            ("staff", staff_id.to_string()),
            None,
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, Utc::now());
    });
    Ok(())
}

/// Finds a member of staff by e-mail in a county, for the command line.
pub async fn staff_by_email(db: &Db, county_id: i64, email: &str) -> DomainResult<Staff> {
    staff::by_email(db, county_id, email)
        .await?
        .ok_or(DomainError::NotFound)
}
