//! The county: the tenant that runs an OT and owns every other record.

use serde::{Deserialize, Serialize};

use crate::{
    db::{sql, Db},
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
