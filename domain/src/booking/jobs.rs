//! Background work on bookings: expiring requests whose hold ran out, and the reminders the
//! day before.

use chrono::{DateTime, Duration, Utc};

use super::{enqueue_about, Booking, Compose, Event, COLUMNS};
use crate::{
    db::{sql, transaction, Db},
    error::DomainResult,
    secret,
};

/// Requests whose hold has run out become `expired`, freeing their time, and the young person is
/// told. Returns how many expired.
pub async fn expire_holds(
    db: &Db,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<usize> {
    let due = sql!(
        db, fetch_all (i64,),
        "SELECT id FROM booking WHERE state = 'requested' AND hold_until <= $1 ORDER BY hold_until LIMIT 500",
        now
    )?;
    let update = format!(
        "UPDATE booking SET state = 'expired', updated_at = $1 WHERE id = $2 AND state = 'requested' \
         AND hold_until <= $1 RETURNING {COLUMNS}"
    );
    each_due(db, due, &update, Event::Expired, compose, now).await
}

/// For each due booking: the conditional UPDATE (`$1` now, `$2` the id) and, if it changed the
/// booking, the message about `event`, in one transaction. Returns how many changed; a booking
/// another worker changed first is skipped.
async fn each_due(
    db: &Db,
    due: Vec<(i64,)>,
    update: &str,
    event: Event,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<usize> {
    let mut changed = 0;
    for (id,) in due {
        let token = secret::new_token();
        let done = transaction!(db, |tx| {
            let booking = sqlx::query_as::<_, Booking>(update)
                .bind(now)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(booking) = &booking {
                enqueue_about!(tx, booking, event, &token, compose, now);
            }
            booking.is_some()
        });
        changed += usize::from(done);
    }
    Ok(changed)
}

/// The day before: a reminder for each confirmed meeting starting within `ahead`, once.
pub async fn send_reminders(
    db: &Db,
    ahead: Duration,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<usize> {
    let due = sql!(
        db, fetch_all (i64,),
        "SELECT id FROM booking WHERE state = 'confirmed' AND reminder_sent_at IS NULL AND starts_at > $1 \
         AND starts_at <= $2 ORDER BY starts_at LIMIT 500",
        now,
        now + ahead
    )?;
    let update = format!(
        "UPDATE booking SET reminder_sent_at = $1 WHERE id = $2 AND state = 'confirmed' \
         AND reminder_sent_at IS NULL RETURNING {COLUMNS}"
    );
    each_due(db, due, &update, Event::Reminder, compose, now).await
}
