//! Call-me requests, for when none of the free times fit.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::invalid;
use crate::{
    audit::{self, NewAuditEvent},
    contact_request::{normalize_mobile, Scope, LANGUAGES},
    db::{sql, transaction, write_transaction, Db},
    error::{DomainError, DomainResult},
};

/// «None of these fit»: a young person asks to be called.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Callback {
    pub id: i64,
    pub department_id: i64,
    pub first_name: String,
    pub mobile: String,
    pub language: String,
    pub created_at: DateTime<Utc>,
}

#[allow(clippy::too_many_arguments)]
pub async fn request_callback(
    db: &Db,
    county_id: i64,
    department_id: i64,
    contact_request_id: Option<i64>,
    first_name: &str,
    mobile: &str,
    language: &str,
    now: DateTime<Utc>,
) -> DomainResult<i64> {
    let name = first_name.trim();
    if !super::is_first_name(name) {
        return Err(invalid("first_name", "not_a_name"));
    }
    let mobile = normalize_mobile(mobile.trim()).ok_or_else(|| invalid("mobile", "invalid"))?;
    if !LANGUAGES.contains(&language) {
        return Err(invalid("language", "unknown"));
    }
    let department = sql!(
        db, scalar_optional i64,
        "SELECT id FROM department WHERE id = $1 AND county_id = $2",
        department_id,
        county_id
    )?;
    if department.is_none() {
        return Err(invalid("department", "unknown"));
    }
    // Two open requests per number at most, so nobody fills the call list: counted and inserted
    // in one transaction that one writer holds at a time (SQLite's BEGIN IMMEDIATE; on
    // PostgreSQL the county's row, locked by a no-op update, queues the others behind it).
    let id = write_transaction!(db, |tx| {
        sqlx::query("UPDATE county SET name = name WHERE id = $1")
            .bind(county_id)
            .execute(&mut *tx)
            .await?;
        let open: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM callback_request WHERE county_id = $1 AND mobile = $2 AND handled_at IS NULL",
        )
        .bind(county_id)
        .bind(&mobile)
        .fetch_one(&mut *tx)
        .await?;
        if open >= 2 {
            return Err(DomainError::Conflict("too many active"));
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO callback_request (county_id, department_id, contact_request_id, first_name, mobile, language, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(county_id)
        .bind(department_id)
        .bind(contact_request_id)
        .bind(name)
        .bind(&mobile)
        .bind(language)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        id
    });
    Ok(id)
}

/// Open call-me requests in the scope, oldest first.
pub async fn callbacks(db: &Db, county_id: i64, scope: Scope) -> DomainResult<Vec<Callback>> {
    Ok(sql!(
        db, fetch_all Callback,
        "SELECT id, department_id, first_name, mobile, language, created_at FROM callback_request \
         WHERE county_id = $1 AND handled_at IS NULL \
         AND ($2 IS NULL OR department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $2)) \
         ORDER BY created_at, id",
        county_id,
        scope.advisor()
    )?)
}

pub async fn callback_done(
    db: &Db,
    county_id: i64,
    scope: Scope,
    id: i64,
    staff_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<()> {
    let query = "UPDATE callback_request SET handled_at = $1, handled_by = $2 WHERE id = $3 AND county_id = $4 \
                 AND handled_at IS NULL \
                 AND ($5 IS NULL OR department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $5)) \
                 RETURNING department_id";
    transaction!(db, |tx| {
        let department_id: i64 = sqlx::query_scalar(query)
            .bind(now)
            .bind(staff_id)
            .bind(id)
            .bind(county_id)
            .bind(scope.advisor())
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(DomainError::NotFound)?;
        let event = NewAuditEvent::change(
            county_id,
            Some(staff_id),
            "callback.done",
            ("callback", id.to_string()),
            Some(department_id),
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, now);
    });
    Ok(())
}
