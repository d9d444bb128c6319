//! Reading bookings: one by its link or for staff, the queue of requests, the meetings of the
//! day and week views, and the advisor the answer flow offers first.

use chrono::{DateTime, Utc};

use super::{Booking, COLUMNS};
use crate::{
    contact_request::Scope,
    db::{sql, Db},
    error::{DomainError, DomainResult},
    secret,
};

/// A request that would move this booking, while it waits for the advisor.
pub async fn pending_move(db: &Db, id: i64) -> DomainResult<Option<Booking>> {
    let query = format!(
        "SELECT {COLUMNS} FROM booking WHERE supersedes_id = $1 AND state = 'requested' ORDER BY id DESC LIMIT 1"
    );
    Ok(sql!(db, fetch_optional Booking, &query, id)?)
}

/// The booking a link token opens, whatever its state.
pub async fn by_token(db: &Db, token: &str) -> DomainResult<Booking> {
    let query = format!(
        "SELECT {} FROM booking b JOIN booking_link l ON l.booking_id = b.id WHERE l.token_hash = $1",
        COLUMNS
            .split(", ")
            .map(|c| format!("b.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    sql!(db, fetch_optional Booking, &query, secret::token_hash(token))?
        .ok_or(DomainError::NotFound)
}

/// One booking as staff see it, within their scope.
pub async fn get(db: &Db, county_id: i64, scope: Scope, id: i64) -> DomainResult<Booking> {
    let query = format!(
        "SELECT {COLUMNS} FROM booking WHERE id = $1 AND county_id = $2 \
         AND ($3 IS NULL OR department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $3))"
    );
    sql!(db, fetch_optional Booking, &query, id, county_id, scope.advisor())?
        .ok_or(DomainError::NotFound)
}

/// Requests waiting for a decision, oldest first: an advisor's own (`staff_id`), or every one in
/// the scope.
pub async fn queue(
    db: &Db,
    county_id: i64,
    scope: Scope,
    staff_id: Option<i64>,
    now: DateTime<Utc>,
) -> DomainResult<Vec<Booking>> {
    let query = format!(
        "SELECT {COLUMNS} FROM booking WHERE county_id = $1 AND state = 'requested' AND hold_until > $2 \
         AND ($3 IS NULL OR department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $3)) \
         AND ($4 IS NULL OR staff_id = $4) ORDER BY created_at, id"
    );
    Ok(sql!(db, fetch_all Booking, &query, county_id, now, scope.advisor(), staff_id)?)
}

/// Meetings (requested or confirmed, and those that took place) between two instants, for the
/// day and week views: an advisor's own, or a department's.
pub async fn meetings(
    db: &Db,
    county_id: i64,
    scope: Scope,
    staff_id: Option<i64>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> DomainResult<Vec<Booking>> {
    let query = format!(
        "SELECT {COLUMNS} FROM booking WHERE county_id = $1 AND starts_at >= $2 AND starts_at < $3 \
         AND state IN ('requested', 'confirmed', 'completed', 'no_show') \
         AND ($4 IS NULL OR department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $4)) \
         AND ($5 IS NULL OR staff_id = $5) ORDER BY starts_at, staff_id"
    );
    Ok(sql!(db, fetch_all Booking, &query, county_id, from, to, scope.advisor(), staff_id)?)
}

/// The advisor who wrote to the young person, when they can be booked at the request's
/// department: the answer flow offers their times first.
pub async fn advisor_of_request(db: &Db, contact_request_id: i64) -> DomainResult<Option<i64>> {
    Ok(sql!(
        db, scalar_optional i64,
        "SELECT cr.created_by FROM contact_request cr \
         JOIN staff_department sd ON sd.staff_id = cr.created_by AND sd.department_id = cr.department_id \
         JOIN staff s ON s.id = cr.created_by \
         WHERE cr.id = $1 AND s.active AND s.role IN ('advisor', 'coordinator')",
        contact_request_id
    )?)
}
