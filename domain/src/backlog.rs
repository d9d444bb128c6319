//! What is waiting, for the operator's metrics: unsent messages and booking requests that hold
//! a time. Counts and ages only, never who or what.

use chrono::{DateTime, Utc};

use crate::{
    db::{sql, Db},
    error::DomainResult,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backlog {
    /// Messages not yet sent (and not given up), in every county.
    pub outbox_pending: i64,
    /// When the oldest of them was written, if any.
    pub oldest_pending_at: Option<DateTime<Utc>>,
    /// Booking requests holding their time, waiting for an advisor.
    pub bookings_requested: i64,
}

pub async fn read(db: &Db) -> DomainResult<Backlog> {
    #[derive(sqlx::FromRow)]
    struct Outbox {
        n: i64,
        oldest: Option<DateTime<Utc>>,
    }
    let outbox = sql!(
        db, fetch_all Outbox,
        "SELECT COUNT(*) AS n, MIN(created_at) AS oldest FROM outbox_message WHERE status = 'pending'"
    )?;
    let bookings = sql!(
        db,
        scalar i64,
        "SELECT COUNT(*) FROM booking WHERE state = 'requested'"
    )?;
    let outbox = outbox.into_iter().next();
    Ok(Backlog {
        outbox_pending: outbox.as_ref().map_or(0, |o| o.n),
        oldest_pending_at: outbox.and_then(|o| o.oldest),
        bookings_requested: bookings,
    })
}
