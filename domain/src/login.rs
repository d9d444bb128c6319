//! Staff login with a local password, throttled per account and per address.

use chrono::{DateTime, Duration, Utc};

use crate::{
    db::{sql, Db},
    error::{DomainError, DomainResult},
    secret::{self, verify_nothing, verify_password},
    staff::{self, normalize_email, Staff},
};

#[derive(Clone, Copy, Debug)]
pub struct ThrottlePolicy {
    pub window: Duration,
    pub per_account: i64,
    pub per_ip: i64,
}

impl Default for ThrottlePolicy {
    fn default() -> Self {
        ThrottlePolicy {
            window: Duration::minutes(15),
            per_account: 5,
            per_ip: 30,
        }
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
    let since = now - policy.window;
    let by_account = sql!(db, scalar i64, "SELECT COUNT(*) FROM login_failure WHERE email = $1 AND at > $2", &email, since)?;
    let by_ip = sql!(db, scalar i64, "SELECT COUNT(*) FROM login_failure WHERE ip = $1 AND at > $2", ip, since)?;
    if by_account >= policy.per_account || by_ip >= policy.per_ip {
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
    let verified = match &row {
        Some(Row {
            password_hash: Some(phc),
            ..
        }) => verify_password(password, phc),
        _ => {
            verify_nothing(password);
            false
        }
    };
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
        _ => {
            sql!(
                db,
                execute,
                "INSERT INTO login_failure (email, ip, at) VALUES ($1, $2, $3)",
                &email,
                ip,
                now
            )?;
            Err(LoginFailure::Refused(LoginError::WrongCredentials))
        }
    }
}

/// Sets (or resets) a local password; every open session of that person ends.
pub async fn set_password(db: &Db, staff_id: i64, password: &str) -> DomainResult<()> {
    let phc = secret::hash_password(password)?;
    let changed = sql!(
        db,
        execute,
        "UPDATE staff SET password_hash = $1 WHERE id = $2",
        phc,
        staff_id
    )?;
    if changed == 0 {
        return Err(DomainError::NotFound);
    }
    crate::session::end_all_for(db, staff_id).await
}

/// Finds a member of staff by e-mail in a county, for the command line.
pub async fn staff_by_email(db: &Db, county_id: i64, email: &str) -> DomainResult<Staff> {
    staff::by_email(db, county_id, email)
        .await?
        .ok_or(DomainError::NotFound)
}
