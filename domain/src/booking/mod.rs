//! Booking a meeting with an advisor: what each advisor offers, the free times that follow from
//! it, and the life of a booking from «requested» to «completed».
//!
//! All wall-clock times are Europe/Oslo; every instant is stored in UTC. Two active (requested or
//! confirmed) meetings of one advisor never overlap, buffers included: PostgreSQL enforces it
//! with an exclusion constraint, SQLite by checking and inserting in one `BEGIN IMMEDIATE`
//! transaction. Every change of state is a compare-and-swap on the current state.
//!
//! One file per part: `slots` computes free times from an advisor's `Availability`, which
//! `availability` reads and stores; `lifecycle` requests and decides bookings; `queries` reads
//! them for the booking page and the staff views; `jobs` expires holds and sends reminders;
//! `callback` keeps the call-me requests for when no time fits. Everything is re-exported
//! here, so callers write `domain::booking::X` whichever file `X` lives in.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::{error::DomainError, outbox::NewMessage};

mod availability;
mod callback;
pub mod closed_days;
mod jobs;
mod lifecycle;
mod queries;
mod slots;
#[cfg(test)]
mod tests;
pub mod verification;

pub use availability::{
    add_exception, availability, remove_exception, save_availability, validate_availability,
    NewException,
};
pub use callback::{callback_done, callbacks, request_callback, Callback};
pub use jobs::{expire_holds, send_reminders};
pub use lifecycle::{
    cancel, confirm, decline, propose, record_outcome, request, validate_contact, withdraw, Actor,
    BookingPolicy, NewBooking, Requested,
};
pub use queries::{advisor_of_request, by_token, get, meetings, pending_move, queue};
pub use slots::{free_slots, instant, slots, FreeSlot, Slot};

/// The zone every wall-clock time of the portal is in.
pub const ZONE: Tz = chrono_tz::Europe::Oslo;

/// How a meeting takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MeetingForm {
    Office,
    Phone,
    Video,
    Walk,
}

impl MeetingForm {
    pub const ALL: [MeetingForm; 4] = [
        MeetingForm::Office,
        MeetingForm::Phone,
        MeetingForm::Video,
        MeetingForm::Walk,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MeetingForm::Office => "office",
            MeetingForm::Phone => "phone",
            MeetingForm::Video => "video",
            MeetingForm::Walk => "walk",
        }
    }

    pub fn parse(code: &str) -> Option<MeetingForm> {
        MeetingForm::ALL.into_iter().find(|f| f.as_str() == code)
    }
}

/// Where a booking is in its life. `Requested` and `Confirmed` hold the advisor's time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BookingState {
    Requested,
    Confirmed,
    Declined,
    Expired,
    Withdrawn,
    Cancelled,
    Completed,
    NoShow,
}

impl BookingState {
    pub const ALL: [BookingState; 8] = [
        BookingState::Requested,
        BookingState::Confirmed,
        BookingState::Declined,
        BookingState::Expired,
        BookingState::Withdrawn,
        BookingState::Cancelled,
        BookingState::Completed,
        BookingState::NoShow,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BookingState::Requested => "requested",
            BookingState::Confirmed => "confirmed",
            BookingState::Declined => "declined",
            BookingState::Expired => "expired",
            BookingState::Withdrawn => "withdrawn",
            BookingState::Cancelled => "cancelled",
            BookingState::Completed => "completed",
            BookingState::NoShow => "no_show",
        }
    }

    pub fn parse(code: &str) -> Option<BookingState> {
        BookingState::ALL.into_iter().find(|s| s.as_str() == code)
    }

    /// Whether the booking holds the advisor's time.
    pub fn is_active(self) -> bool {
        matches!(self, BookingState::Requested | BookingState::Confirmed)
    }
}

impl TryFrom<String> for BookingState {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        BookingState::parse(&code).ok_or(code)
    }
}

impl TryFrom<String> for MeetingForm {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        MeetingForm::parse(&code).ok_or(code)
    }
}

/// What an advisor offers besides their hours.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub meeting_minutes: i64,
    /// Free time after each meeting, which no other meeting may use.
    pub buffer_minutes: i64,
    /// How long before a meeting it can be booked at the latest.
    pub notice_hours: i64,
    /// How far ahead meetings can be booked.
    pub window_days: i64,
    pub forms: Vec<MeetingForm>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            meeting_minutes: 45,
            buffer_minutes: 15,
            notice_hours: 24,
            window_days: 28,
            forms: MeetingForm::ALL.to_vec(),
        }
    }
}

/// One weekly time range of an advisor at one department (weekday 1 = Monday).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyRange {
    pub department_id: i64,
    pub weekday: u32,
    pub starts: NaiveTime,
    pub ends: NaiveTime,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExceptionKind {
    /// Not available: the whole day, or the hours given.
    Away,
    /// Extra hours at a department on that date.
    Extra,
}

impl ExceptionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ExceptionKind::Away => "away",
            ExceptionKind::Extra => "extra",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exception {
    pub id: i64,
    /// `None` for «away» everywhere.
    pub department_id: Option<i64>,
    pub on_date: NaiveDate,
    pub kind: ExceptionKind,
    /// `None` with `Away`: the whole day.
    pub hours: Option<(NaiveTime, NaiveTime)>,
}

/// Everything that decides an advisor's free times, apart from their bookings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Availability {
    pub staff_id: i64,
    pub settings: Settings,
    pub weekly: Vec<WeeklyRange>,
    pub exceptions: Vec<Exception>,
}

/// A first name as a message may carry it: letters (any script), spaces, hyphens and
/// apostrophes, at most 50 characters. It is the only free text in any message OT sends, so it
/// can hold no link, number or sentence under OT's name.
pub fn is_first_name(name: &str) -> bool {
    let name = name.trim();
    let count = name.chars().count();
    (1..=50).contains(&count)
        && name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| {
            c.is_alphabetic()
                || c == ' '
                || c == '-'
                || c == '\''
                || c == '’'
                // Combining marks of letters typed in decomposed form (e + ´).
                || ('\u{300}'..='\u{36f}').contains(&c)
        })
}

fn invalid(field: &'static str, reason: &'static str) -> DomainError {
    DomainError::Invalid { field, reason }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Booking {
    pub id: i64,
    pub county_id: i64,
    pub department_id: i64,
    pub staff_id: i64,
    pub contact_request_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub form: MeetingForm,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub blocked_until: DateTime<Utc>,
    #[sqlx(try_from = "String")]
    pub state: BookingState,
    pub hold_until: DateTime<Utc>,
    pub supersedes_id: Option<i64>,
    pub first_name: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub language: String,
    pub reason: Option<String>,
    pub cancelled_by: Option<String>,
    pub created_at: DateTime<Utc>,
}

const COLUMNS: &str = "id, county_id, department_id, staff_id, contact_request_id, form, starts_at, ends_at, \
     blocked_until, state, hold_until, supersedes_id, first_name, mobile, email, language, reason, cancelled_by, created_at";

/// What happened to a booking, for the message the young person gets about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    /// The receipt of a request, with its link.
    Requested,
    Confirmed,
    Declined,
    Expired,
    Cancelled,
    Reminder,
}

/// Writes the messages about `event` for a booking; the token is a fresh link to its page.
pub type Compose<'a> = dyn Fn(&Booking, Event, &str) -> Vec<NewMessage> + Send + Sync + 'a;

/// Stores a fresh link for the booking and the messages about `event`, inside the open
/// transaction `$tx` (a macro, like `transaction!`, so it serves both backends).
macro_rules! enqueue_about {
    ($tx:ident, $booking:expr, $event:expr, $token:expr, $compose:expr, $now:expr) => {{
        let booking: &Booking = $booking;
        let token: &str = $token;
        let messages = ($compose)(booking, $event, token);
        if !messages.is_empty() {
            sqlx::query("INSERT INTO booking_link (token_hash, booking_id, created_at) VALUES ($1, $2, $3)")
                .bind(secret::token_hash(token))
                .bind(booking.id)
                .bind($now)
                .execute(&mut *$tx)
                .await?;
        }
        for m in &messages {
            sqlx::query(
                "INSERT INTO outbox_message (county_id, idempotency_key, booking_id, channel, recipient, subject, body, \
                 attachment_name, attachment, status, next_attempt_at, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $10) ON CONFLICT (idempotency_key) DO NOTHING",
            )
            .bind(booking.county_id)
            .bind(&m.idempotency_key)
            .bind(booking.id)
            .bind(&m.channel)
            .bind(&m.recipient)
            .bind(&m.subject)
            .bind(&m.body)
            .bind(m.attachment.as_ref().map(|a| a.name.clone()))
            .bind(m.attachment.as_ref().map(|a| a.content.clone()))
            .bind($now)
            .execute(&mut *$tx)
            .await?;
        }
    }};
}
use enqueue_about;
