//! The county: the tenant that runs an OT and owns every other record.

use serde::{Deserialize, Serialize};

use crate::{
    audit::{self, NewAuditEvent},
    db::{sql, transaction, Db},
    error::{DomainError, DomainResult},
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct County {
    pub id: i64,
    pub slug: String,
    pub name: String,
    /// The name OT goes by in this county, e.g. «Oppfølgingstjenesten i Vestfold».
    pub service_name: String,
    pub phone: String,
    pub email: String,
}

#[derive(Clone, Debug)]
pub struct NewCounty<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub service_name: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
}

const COLUMNS: &str = "id, slug, name, service_name, phone, email";

pub async fn create(db: &Db, new: &NewCounty<'_>) -> DomainResult<County> {
    let q = format!(
        "INSERT INTO county (slug, name, service_name, phone, email) VALUES ($1, $2, $3, $4, $5) \
         RETURNING {COLUMNS}"
    );
    sql!(db, fetch_optional County, &q, new.slug, new.name, new.service_name, new.phone, new.email)
        .map_err(|e| DomainError::unique_as_conflict(e, "county slug taken"))?
        .ok_or(DomainError::NotFound)
}

/// A county's or an office's name in URLs and settings (`COUNTY`, `--department`): 2–40
/// lowercase letters, digits and inner hyphens, so it never needs escaping anywhere.
pub fn is_slug(s: &str) -> bool {
    (2..=40).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Checks a county's fields, naming the first one that is wrong.
pub fn validate(new: &NewCounty<'_>) -> DomainResult<()> {
    let invalid = |field, reason| Err(DomainError::Invalid { field, reason });
    if !is_slug(new.slug) {
        return invalid("slug", "2 to 40 lowercase letters, digits and hyphens");
    }
    if new.name.trim().is_empty() {
        return invalid("name", "empty");
    }
    if new.service_name.trim().is_empty() {
        return invalid("service_name", "empty");
    }
    crate::department::check_phone_and_email(new.phone, new.email)
}

/// Sets up a county on a first install without demo data (the command line; `by` is then
/// nobody), with its audit row in the same transaction.
pub async fn set_up(db: &Db, new: &NewCounty<'_>) -> DomainResult<County> {
    validate(new)?;
    let q = format!(
        "INSERT INTO county (slug, name, service_name, phone, email) VALUES ($1, $2, $3, $4, $5) \
         RETURNING {COLUMNS}"
    );
    let county = transaction!(db, |tx| {
        let county = sqlx::query_as::<_, County>(&q)
            .bind(new.slug)
            .bind(new.name.trim())
            .bind(new.service_name.trim())
            .bind(new.phone.trim())
            .bind(new.email.trim())
            .fetch_one(&mut *tx)
            .await
            .map_err(|e| DomainError::unique_as_conflict(e, "county slug taken"))?;
        let event = NewAuditEvent::change(
            county.id,
            None,
            "county.create",
            ("county", county.id.to_string()),
            None,
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, chrono::Utc::now());
        county
    });
    Ok(county)
}

pub async fn by_slug(db: &Db, slug: &str) -> DomainResult<Option<County>> {
    let q = format!("SELECT {COLUMNS} FROM county WHERE slug = $1");
    Ok(sql!(db, fetch_optional County, &q, slug)?)
}

/// Every county's id: the worker serves them all.
pub async fn ids(db: &Db) -> DomainResult<Vec<i64>> {
    Ok(
        sql!(db, fetch_all(i64,), "SELECT id FROM county ORDER BY id")?
            .into_iter()
            .map(|(id,)| id)
            .collect(),
    )
}
