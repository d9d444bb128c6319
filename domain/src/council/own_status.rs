//! The coordinator's own statuses: labels of the county's council («Sent to the education
//! committee») shown beside an input's fixed status, to the member and, once the input is
//! published, on the public page. The fixed statuses carry the loop (answered or not, acted on
//! or not); an own status says more. A retired status is offered no more, and stays on the
//! inputs that carry it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{as_coordinator, coordinator_event, text, Refusal};
use crate::{
    audit,
    db::{sql, write_transaction, Db},
    error::{DomainError, DomainResult},
    staff::Staff,
};

pub const LABEL_MAX: usize = 60;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct OwnStatus {
    pub id: i64,
    pub label: String,
    pub retired_at: Option<DateTime<Utc>>,
}

/// The county's own statuses: those in use first, then retired ones, each by label.
pub async fn list(db: &Db, coordinator: &Staff) -> DomainResult<Result<Vec<OwnStatus>, Refusal>> {
    as_coordinator!(db, coordinator);
    Ok(Ok(sql!(
        db, fetch_all OwnStatus,
        "SELECT id, label, retired_at FROM council_own_status WHERE county_id = $1 \
         ORDER BY CASE WHEN retired_at IS NULL THEN 0 ELSE 1 END, label, id",
        coordinator.county_id
    )?))
}

/// Adds a status; adding the label of a retired one brings that one back into use.
pub async fn add(
    db: &Db,
    coordinator: &Staff,
    label: &str,
    now: DateTime<Utc>,
) -> DomainResult<Result<OwnStatus, Refusal>> {
    as_coordinator!(db, coordinator);
    let label = text(label, "label", LABEL_MAX, false)?;
    let status = write_transaction!(db, |tx| {
        let status = sqlx::query_as::<_, OwnStatus>(
            "INSERT INTO council_own_status (county_id, label, created_by, created_at) \
             VALUES ($1, $2, $3, $4) \
             ON CONFLICT (county_id, label) DO UPDATE SET retired_at = NULL \
             RETURNING id, label, retired_at",
        )
        .bind(coordinator.county_id)
        .bind(&label)
        .bind(coordinator.id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let event = coordinator_event(
            coordinator,
            "council.own_status.add",
            ("council_own_status", status.id),
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, now);
        status
    });
    Ok(Ok(status))
}

/// Takes a status out of use: it is offered no more; inputs that carry it keep it.
pub async fn retire(
    db: &Db,
    coordinator: &Staff,
    status_id: i64,
    now: DateTime<Utc>,
) -> DomainResult<Result<(), Refusal>> {
    as_coordinator!(db, coordinator);
    write_transaction!(db, |tx| {
        let retired = sqlx::query(
            "UPDATE council_own_status SET retired_at = $1 \
             WHERE id = $2 AND county_id = $3 AND retired_at IS NULL",
        )
        .bind(now)
        .bind(status_id)
        .bind(coordinator.county_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if retired == 0 {
            return Err(DomainError::NotFound);
        }
        let event = coordinator_event(
            coordinator,
            "council.own_status.retire",
            ("council_own_status", status_id),
            String::new(),
        );
        audit::record_in!(&mut *tx, &event, now);
    });
    Ok(Ok(()))
}
