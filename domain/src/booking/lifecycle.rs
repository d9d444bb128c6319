//! The life of a booking: the young person's request, and every change of state after it
//! (confirm, decline, propose another time, withdraw, cancel, outcome), each a compare-and-swap
//! with its messages in one transaction.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::{
    availability, by_token, closed_days::closed_days, enqueue_about, get, invalid, slots, Booking,
    BookingState, Compose, Event, MeetingForm, COLUMNS,
};
use crate::{
    audit::{self, NewAuditEvent},
    contact_request::{normalize_mobile, Scope, LANGUAGES},
    db::{sql, transaction, write_transaction, Db},
    error::{DomainError, DomainResult},
    secret,
    staff::normalize_email,
};

/// How long a request holds its time before it expires unconfirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BookingPolicy {
    /// At most this long after the request…
    pub hold_hours: i64,
    /// …and no later than this long before the meeting.
    pub hold_before_meeting_hours: i64,
}

impl Default for BookingPolicy {
    fn default() -> Self {
        BookingPolicy {
            hold_hours: 48,
            hold_before_meeting_hours: 24,
        }
    }
}

impl BookingPolicy {
    /// The earlier of `hold_hours` after the request and `hold_before_meeting_hours` before the
    /// meeting; a meeting booked at short notice is held until an hour before it at least.
    pub fn hold_until(&self, now: DateTime<Utc>, starts: DateTime<Utc>) -> DateTime<Utc> {
        let deadline = (now + Duration::hours(self.hold_hours))
            .min(starts - Duration::hours(self.hold_before_meeting_hours));
        if deadline > now {
            deadline
        } else {
            (now + Duration::hours(1)).min(starts)
        }
    }
}

/// A young person's request for a time, as the booking page or the answer flow sends it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewBooking {
    pub department_id: i64,
    pub staff_id: i64,
    pub form: MeetingForm,
    pub starts: DateTime<Utc>,
    pub first_name: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub contact_request_id: Option<i64>,
    /// Moving a confirmed meeting: the booking this one replaces once confirmed.
    pub supersedes_id: Option<i64>,
}

impl NewBooking {
    /// The mobile and e-mail as typed, trimmed; an empty one is none.
    fn typed_contact(&self) -> (Option<&str>, Option<&str>) {
        fn typed(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|v| !v.is_empty())
        }
        (typed(&self.mobile), typed(&self.email))
    }

    /// The mobile and e-mail as they are stored (`+47…`, lower case); an invalid one is none
    /// (`validate_contact` names it).
    pub(super) fn normalized_contact(&self) -> (Option<String>, Option<String>) {
        let (mobile, email) = self.typed_contact();
        (
            mobile.and_then(normalize_mobile),
            email.and_then(|e| normalize_email(e).ok()),
        )
    }
}

/// The problems with a request's contact details, all at once.
pub fn validate_contact(new: &NewBooking) -> Vec<crate::contact_request::Invalid> {
    use crate::contact_request::Invalid;
    let mut problems = Vec::new();
    if !super::is_first_name(&new.first_name) {
        problems.push(Invalid {
            field: "first_name",
            reason: "not_a_name",
        });
    }
    let (mobile, email) = new.typed_contact();
    if mobile.is_some_and(|m| normalize_mobile(m).is_none()) {
        problems.push(Invalid {
            field: "mobile",
            reason: "invalid",
        });
    }
    if email.is_some_and(|e| normalize_email(e).is_err()) {
        problems.push(Invalid {
            field: "email",
            reason: "invalid",
        });
    }
    if mobile.is_none() && email.is_none() {
        problems.push(Invalid {
            field: "mobile",
            reason: "contact_needed",
        });
    }
    problems
}

/// A request that passed every check that needs no lock: valid contact details, and a time the
/// advisor offers at this office.
struct Checked {
    ends: DateTime<Utc>,
    blocked_until: DateTime<Utc>,
    hold_until: DateTime<Utc>,
    mobile: Option<String>,
    email: Option<String>,
}

async fn check(
    db: &Db,
    county_id: i64,
    new: &NewBooking,
    policy: &BookingPolicy,
    now: DateTime<Utc>,
) -> DomainResult<Checked> {
    if let Some(problem) = validate_contact(new).into_iter().next() {
        return Err(invalid(problem.field, problem.reason));
    }
    if !LANGUAGES.contains(&new.language.as_str()) {
        return Err(invalid("language", "unknown"));
    }
    let availability = availability(db, new.staff_id).await?;
    let offered = availability.settings.forms.contains(&new.form)
        && slots(
            &availability,
            new.department_id,
            &[],
            &closed_days(db, county_id).await?,
            now,
        )
        .iter()
        .any(|s| s.starts == new.starts);
    let advisor_here = sql!(
        db, scalar_optional i64,
        "SELECT s.id FROM staff s JOIN staff_department sd ON sd.staff_id = s.id \
         WHERE s.id = $1 AND sd.department_id = $2 AND s.county_id = $3 AND s.active",
        new.staff_id,
        new.department_id,
        county_id
    )?;
    if !offered || advisor_here.is_none() {
        return Err(invalid("slot", "not_offered"));
    }
    let ends = new.starts + Duration::minutes(availability.settings.meeting_minutes);
    let blocked_until = ends + Duration::minutes(availability.settings.buffer_minutes);
    let hold_until = policy.hold_until(now, new.starts);
    let (mobile, email) = new.normalized_contact();
    Ok(Checked {
        ends,
        blocked_until,
        hold_until,
        mobile,
        email,
    })
}

/// Inserts a checked booking in `$state` inside an open transaction (`$tx`), after the overlap
/// check: SQLite holds the write lock from BEGIN IMMEDIATE; PostgreSQL's exclusion constraint
/// refuses what a racing insert would break. Evaluates to the new `Booking`.
macro_rules! insert_checked {
    ($tx:ident, $county_id:expr, $new:expr, $checked:expr, $state:expr, $decided_by:expr, $now:expr) => {{
        let new: &NewBooking = $new;
        let checked: &Checked = &$checked;
        let overlapping: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM booking WHERE staff_id = $1 AND state IN ('requested', 'confirmed') \
             AND starts_at < $3 AND blocked_until > $2",
        )
        .bind(new.staff_id)
        .bind(new.starts)
        .bind(checked.blocked_until)
        .fetch_one(&mut *$tx)
        .await?;
        if overlapping > 0 {
            return Err(DomainError::Conflict("slot taken"));
        }
        let insert = format!(
            "INSERT INTO booking (county_id, department_id, staff_id, contact_request_id, form, starts_at, ends_at, \
             blocked_until, state, hold_until, supersedes_id, first_name, mobile, email, language, decided_by, \
             created_at, updated_at, confirmed_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17, \
             CASE WHEN $9 = 'confirmed' THEN $17 END) RETURNING {COLUMNS}"
        );
        sqlx::query_as::<_, Booking>(&insert)
            .bind($county_id)
            .bind(new.department_id)
            .bind(new.staff_id)
            .bind(new.contact_request_id)
            .bind(new.form.as_str())
            .bind(new.starts)
            .bind(checked.ends)
            .bind(checked.blocked_until)
            .bind($state)
            .bind(checked.hold_until)
            .bind(new.supersedes_id)
            .bind(new.first_name.trim())
            .bind(&checked.mobile)
            .bind(&checked.email)
            .bind(&new.language)
            .bind($decided_by)
            .bind($now)
            .fetch_one(&mut *$tx)
            .await
            .map_err(DomainError::overlap_as_conflict)?
    }};
}

/// A stored request and the link token for the young person's booking page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requested {
    pub booking: Booking,
    pub token: String,
}

/// Asks for a time. The time must be one of the advisor's free times at the department for the
/// form asked; if someone else took it first, `Conflict("slot taken")`.
pub async fn request(
    db: &Db,
    county_id: i64,
    new: &NewBooking,
    policy: &BookingPolicy,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Requested> {
    let checked = check(db, county_id, new, policy, now).await?;
    let token = secret::new_token();
    // The receipt carries a link of its own: whoever closes the tab can still see or withdraw it.
    let receipt_token = secret::new_token();
    let booking = write_transaction!(db, |tx| {
        let booking = insert_checked!(tx, county_id, new, checked, "requested", None::<i64>, now);
        sqlx::query(
            "INSERT INTO booking_link (token_hash, booking_id, created_at) VALUES ($1, $2, $3)",
        )
        .bind(secret::token_hash(&token))
        .bind(booking.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        enqueue_about!(tx, &booking, Event::Requested, &receipt_token, compose, now);
        booking
    });
    Ok(Requested { booking, token })
}

/// Who acts on a booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A member of staff, within their scope.
    Staff { staff_id: i64, scope: Scope },
    /// The young person, holding a link to this booking.
    Youth,
}

/// One compare-and-swap from `from` to `to`, with its message, in one transaction. Zero rows
/// changed means the booking was not there (for this actor) or not in `from` any more.
#[allow(clippy::too_many_arguments)]
async fn transition(
    db: &Db,
    county_id: i64,
    id: i64,
    actor: Actor,
    from: BookingState,
    to: BookingState,
    extra: Transition<'_>,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Booking> {
    let (staff_id, advisor) = match actor {
        Actor::Staff { staff_id, scope } => (Some(staff_id), scope.advisor()),
        Actor::Youth => (None, None),
    };
    let query = format!(
        "UPDATE booking SET state = $1, updated_at = $2, reason = COALESCE($3, reason), \
         cancelled_by = COALESCE($4, cancelled_by), decided_by = COALESCE($5, decided_by), \
         confirmed_at = CASE WHEN $1 = 'confirmed' THEN $2 ELSE confirmed_at END \
         WHERE id = $6 AND county_id = $7 AND state = $8 AND ($9 IS NULL OR hold_until > $2) \
         AND ($10 IS NULL OR starts_at <= $2) \
         AND ($11 IS NULL OR department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $11)) \
         RETURNING {COLUMNS}"
    );
    let token = secret::new_token();
    let changed = transaction!(db, |tx| {
        let booking = sqlx::query_as::<_, Booking>(&query)
            .bind(to.as_str())
            .bind(now)
            .bind(extra.reason)
            .bind(extra.cancelled_by)
            .bind(staff_id)
            .bind(id)
            .bind(county_id)
            .bind(from.as_str())
            .bind(extra.within_hold.then_some(1))
            .bind(extra.after_start.then_some(1))
            .bind(advisor)
            .fetch_optional(&mut *tx)
            .await?;
        if let Some(booking) = &booking {
            if to == BookingState::Confirmed {
                // A move is done once its new time is confirmed: the old meeting is released.
                // A move of a meeting that was cancelled meanwhile is refused (and rolled back).
                if let Some(old) = booking.supersedes_id {
                    let released = sqlx::query(
                        "UPDATE booking SET state = 'cancelled', cancelled_by = 'youth', reason = 'moved', updated_at = $1 \
                         WHERE id = $2 AND state = 'confirmed'",
                    )
                    .bind(now)
                    .bind(old)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if released == 0 {
                        return Err(DomainError::Conflict("state changed"));
                    }
                }
            }
            if to == BookingState::Cancelled {
                // A cancelled meeting is not moved: a pending request to move it ends with it,
                // and its new time is free again, in the same transaction.
                sqlx::query(
                    "UPDATE booking SET state = 'withdrawn', reason = 'cancelled', updated_at = $1 \
                     WHERE supersedes_id = $2 AND state = 'requested'",
                )
                .bind(now)
                .bind(booking.id)
                .execute(&mut *tx)
                .await?;
            }
            if let Some(event) = extra.event {
                enqueue_about!(tx, booking, event, &token, compose, now);
            }
            // What staff decide is audited with the decision; the young person's own changes
            // through their link are theirs to make.
            if let Some(staff_id) = staff_id {
                let (action, detail) = match to {
                    BookingState::Confirmed => ("booking.confirm", String::new()),
                    BookingState::Declined => ("booking.decline", String::new()),
                    _ => ("booking.close", to.as_str().to_string()),
                };
                let event = NewAuditEvent::change(
                    county_id,
                    Some(staff_id),
                    action,
                    ("booking", id.to_string()),
                    Some(booking.department_id),
                    detail,
                );
                audit::record_in!(&mut *tx, &event, now);
            }
        }
        booking
    });
    match changed {
        Some(booking) => Ok(booking),
        None => {
            // Tell «not yours / not there» from «already decided».
            let scope = match actor {
                Actor::Staff { scope, .. } => scope,
                Actor::Youth => Scope::County,
            };
            get(db, county_id, scope, id).await?;
            Err(DomainError::Conflict("state changed"))
        }
    }
}

/// What a transition writes besides the state.
#[derive(Clone, Copy, Debug, Default)]
struct Transition<'a> {
    reason: Option<&'a str>,
    cancelled_by: Option<&'a str>,
    /// Only while the request still holds its time.
    within_hold: bool,
    /// Only once the meeting has begun (completed, no-show).
    after_start: bool,
    event: Option<Event>,
}

/// The advisor confirms a request (only while it holds its time).
pub async fn confirm(
    db: &Db,
    county_id: i64,
    id: i64,
    staff_id: i64,
    scope: Scope,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Booking> {
    let extra = Transition {
        within_hold: true,
        event: Some(Event::Confirmed),
        ..Default::default()
    };
    let actor = Actor::Staff { staff_id, scope };
    transition(
        db,
        county_id,
        id,
        actor,
        BookingState::Requested,
        BookingState::Confirmed,
        extra,
        compose,
        now,
    )
    .await
}

/// The advisor declines a request, with a message to the young person. A declined move leaves
/// the old meeting as it was.
#[allow(clippy::too_many_arguments)]
pub async fn decline(
    db: &Db,
    county_id: i64,
    id: i64,
    staff_id: i64,
    scope: Scope,
    reason: &str,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Booking> {
    let extra = Transition {
        reason: Some(reason.trim()),
        event: Some(Event::Declined),
        ..Default::default()
    };
    let actor = Actor::Staff { staff_id, scope };
    transition(
        db,
        county_id,
        id,
        actor,
        BookingState::Requested,
        BookingState::Declined,
        extra,
        compose,
        now,
    )
    .await
}

/// The advisor cannot make the requested time but offers another of theirs: the new time is
/// booked and confirmed (the young person gets its confirmation, with its link to cancel or
/// move it), and the request is declined without a message of its own. If the new time is
/// taken, nothing changes.
#[allow(clippy::too_many_arguments)]
pub async fn propose(
    db: &Db,
    county_id: i64,
    id: i64,
    staff_id: i64,
    scope: Scope,
    starts: DateTime<Utc>,
    policy: &BookingPolicy,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Requested> {
    let old = get(db, county_id, scope, id).await?;
    if old.state != BookingState::Requested {
        return Err(DomainError::Conflict("state changed"));
    }
    let new = NewBooking {
        department_id: old.department_id,
        staff_id: old.staff_id,
        form: old.form,
        starts,
        first_name: old.first_name.clone(),
        mobile: old.mobile.clone(),
        email: old.email.clone(),
        language: old.language.clone(),
        contact_request_id: old.contact_request_id,
        supersedes_id: None,
    };
    let checked = check(db, county_id, &new, policy, now).await?;
    let token = secret::new_token();
    // One transaction: the old request is declined only if it is still waiting (a young person
    // who withdrew it meanwhile wins), and the new time is confirmed only if it is free. Either
    // both happen, with the confirmation's message, or nothing does.
    let booking = write_transaction!(db, |tx| {
        let declined = sqlx::query(
            "UPDATE booking SET state = 'declined', reason = 'proposed', decided_by = $1, updated_at = $2 \
             WHERE id = $3 AND county_id = $4 AND state = 'requested' \
             AND ($5 IS NULL OR department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $5))",
        )
        .bind(staff_id)
        .bind(now)
        .bind(id)
        .bind(county_id)
        .bind(scope.advisor())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if declined == 0 {
            return Err(DomainError::Conflict("state changed"));
        }
        let booking = insert_checked!(
            tx,
            county_id,
            &new,
            checked,
            "confirmed",
            Some(staff_id),
            now
        );
        enqueue_about!(tx, &booking, Event::Confirmed, &token, compose, now);
        let event = NewAuditEvent::change(
            county_id,
            Some(staff_id),
            "booking.propose",
            ("booking", id.to_string()),
            Some(booking.department_id),
            booking.id.to_string(),
        );
        audit::record_in!(&mut *tx, &event, now);
        booking
    });
    Ok(Requested { booking, token })
}

/// The young person takes back a request that is not confirmed yet.
pub async fn withdraw(db: &Db, token: &str, now: DateTime<Utc>) -> DomainResult<Booking> {
    let booking = by_token(db, token).await?;
    let nothing: &Compose<'_> = &|_, _, _| Vec::new();
    transition(
        db,
        booking.county_id,
        booking.id,
        Actor::Youth,
        BookingState::Requested,
        BookingState::Withdrawn,
        Transition::default(),
        nothing,
        now,
    )
    .await
}

/// A confirmed meeting is cancelled: by the young person through their link, or by OT with a
/// reason. Both get the cancellation message (the young person as a receipt).
pub async fn cancel(
    db: &Db,
    county_id: i64,
    id: i64,
    actor: Actor,
    reason: &str,
    compose: &Compose<'_>,
    now: DateTime<Utc>,
) -> DomainResult<Booking> {
    let extra = Transition {
        reason: Some(reason.trim()),
        cancelled_by: Some(match actor {
            Actor::Youth => "youth",
            Actor::Staff { .. } => "ot",
        }),
        event: Some(Event::Cancelled),
        ..Default::default()
    };
    transition(
        db,
        county_id,
        id,
        actor,
        BookingState::Confirmed,
        BookingState::Cancelled,
        extra,
        compose,
        now,
    )
    .await
}

/// After the meeting's start: it took place, or the young person did not come.
pub async fn record_outcome(
    db: &Db,
    county_id: i64,
    id: i64,
    staff_id: i64,
    scope: Scope,
    outcome: BookingState,
    now: DateTime<Utc>,
) -> DomainResult<Booking> {
    if !matches!(outcome, BookingState::Completed | BookingState::NoShow) {
        return Err(invalid("outcome", "unknown"));
    }
    let extra = Transition {
        after_start: true,
        ..Default::default()
    };
    let nothing: &Compose<'_> = &|_, _, _| Vec::new();
    let actor = Actor::Staff { staff_id, scope };
    transition(
        db,
        county_id,
        id,
        actor,
        BookingState::Confirmed,
        outcome,
        extra,
        nothing,
        now,
    )
    .await
}
