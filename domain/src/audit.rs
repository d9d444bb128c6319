//! The audit log: who read or changed what, when, from which department. Append-only: the
//! application only inserts, and the database refuses updates and deletes (triggers).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{
    db::{sql, Db},
    error::DomainResult,
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct AuditEvent {
    pub id: i64,
    pub county_id: i64,
    pub at: DateTime<Utc>,
    pub staff_id: Option<i64>,
    pub department_id: Option<i64>,
    /// What happened, e.g. `staff.create`, `staff.disable`, `session.login`.
    pub action: String,
    /// The kind of record, e.g. `staff`, `department`.
    pub subject_type: String,
    pub subject_id: String,
    pub detail: String,
}

#[derive(Clone, Debug)]
pub struct NewAuditEvent<'a> {
    pub county_id: i64,
    pub staff_id: Option<i64>,
    pub department_id: Option<i64>,
    pub action: &'a str,
    pub subject_type: &'a str,
    pub subject_id: String,
    pub detail: String,
}

impl<'a> NewAuditEvent<'a> {
    /// A change to one record, made by a member of staff (`by`) or by the system (`None`: the
    /// command line, the worker).
    pub fn change(
        county_id: i64,
        by: Option<i64>,
        action: &'a str,
        subject: (&'a str, String),
        department_id: Option<i64>,
        detail: String,
    ) -> Self {
        NewAuditEvent {
            county_id,
            staff_id: by,
            department_id,
            action,
            subject_type: subject.0,
            subject_id: subject.1,
            detail,
        }
    }
}

/// Writes an audit row inside the open transaction of the change it records (`&mut *tx`), so
/// that the change and its row are committed together or not at all. Reads are audited with
/// [`record`].
macro_rules! record_in {
    ($tx:expr, $event:expr, $now:expr) => {{
        let e: &$crate::audit::NewAuditEvent = $event;
        sqlx::query(
            "INSERT INTO audit_event (county_id, at, staff_id, department_id, action, subject_type, subject_id, detail) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(e.county_id)
        .bind($now)
        .bind(e.staff_id)
        .bind(e.department_id)
        .bind(e.action)
        .bind(e.subject_type)
        .bind(&e.subject_id)
        .bind(&e.detail)
        .execute($tx)
        .await?;
    }};
}
pub(crate) use record_in;

/// Records a read of personal data (a list opened, an export). Changes write their row with
/// [`record_in`], in their own transaction.
pub async fn record(db: &Db, event: &NewAuditEvent<'_>, now: DateTime<Utc>) -> DomainResult<()> {
    sql!(
        db, execute,
        "INSERT INTO audit_event (county_id, at, staff_id, department_id, action, subject_type, subject_id, detail) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        event.county_id, now, event.staff_id, event.department_id, event.action, event.subject_type, &event.subject_id, &event.detail
    )?;
    Ok(())
}

/// The newest events of a county, optionally only one member of staff's or one record's.
pub async fn search(
    db: &Db,
    county_id: i64,
    staff_id: Option<i64>,
    subject: Option<(&str, &str)>,
    limit: i64,
) -> DomainResult<Vec<AuditEvent>> {
    let (subject_type, subject_id) = subject.unzip();
    Ok(sql!(
        db, fetch_all AuditEvent,
        "SELECT id, county_id, at, staff_id, department_id, action, subject_type, subject_id, detail \
         FROM audit_event WHERE county_id = $1 \
         AND ($2 IS NULL OR staff_id = $2) AND ($3 IS NULL OR subject_type = $3) AND ($4 IS NULL OR subject_id = $4) \
         ORDER BY at DESC, id DESC LIMIT $5",
        county_id, staff_id, subject_type, subject_id, limit
    )?)
}
