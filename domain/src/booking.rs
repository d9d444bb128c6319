//! Booking a meeting with an advisor: what each advisor offers, the free times that follow from
//! it, and the life of a booking from «requested» to «completed».
//!
//! All wall-clock times are Europe/Oslo; every instant is stored in UTC. Two active (requested or
//! confirmed) meetings of one advisor never overlap, buffers included: PostgreSQL enforces it
//! with an exclusion constraint, SQLite by checking and inserting in one `BEGIN IMMEDIATE`
//! transaction. Every change of state is a compare-and-swap on the current state.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::{
    contact_request::{normalize_mobile, Scope, LANGUAGES},
    db::{sql, transaction, write_transaction, Db},
    error::{DomainError, DomainResult},
    outbox::NewMessage,
    secret,
    staff::normalize_email,
};

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

/// An interval of absolute time, `[starts, ends)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Slot {
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
}

/// The instant a wall-clock time in Oslo names. On the autumn night that has 02:00–03:00 twice,
/// `earliest` picks the first or the second; a time in the spring gap (02:00–03:00 does not
/// exist) becomes the first instant after the gap.
pub fn instant(date: NaiveDate, time: NaiveTime, earliest: bool) -> DateTime<Utc> {
    let mut local = date.and_time(time);
    loop {
        match ZONE.from_local_datetime(&local) {
            LocalResult::Single(t) => return t.with_timezone(&Utc),
            LocalResult::Ambiguous(first, second) => {
                return if earliest { first } else { second }.with_timezone(&Utc)
            }
            // Gaps are whole minutes in every zone rule of Europe/Oslo.
            LocalResult::None => local += Duration::minutes(1),
        }
    }
}

/// `ranges` minus `cut`, each a list of disjoint intervals.
fn subtract(ranges: Vec<Slot>, cut: &[Slot]) -> Vec<Slot> {
    let mut out = ranges;
    for c in cut {
        out = out
            .into_iter()
            .flat_map(|r| {
                if c.ends <= r.starts || c.starts >= r.ends {
                    return vec![r];
                }
                let mut parts = Vec::new();
                if c.starts > r.starts {
                    parts.push(Slot {
                        starts: r.starts,
                        ends: c.starts,
                    });
                }
                if c.ends < r.ends {
                    parts.push(Slot {
                        starts: c.ends,
                        ends: r.ends,
                    });
                }
                parts
            })
            .collect();
    }
    out
}

/// The advisor's free meeting times at a department: their weekly ranges and extra hours,
/// minus days and hours away, cut into meetings of their length with the buffer after each,
/// from the minimum notice to the end of the booking window's last day, leaving out every meeting that
/// would touch `taken` (active bookings: start of meeting to end of its buffer).
pub fn slots(
    availability: &Availability,
    department_id: i64,
    taken: &[Slot],
    now: DateTime<Utc>,
) -> Vec<Slot> {
    let s = &availability.settings;
    let length = Duration::minutes(s.meeting_minutes);
    let step = length + Duration::minutes(s.buffer_minutes);
    let earliest = now + Duration::hours(s.notice_hours);
    let today = now.with_timezone(&ZONE).date_naive();
    let mut out = Vec::new();
    for day in 0..=s.window_days {
        let date = today + Duration::days(day);
        let weekday = date.weekday().number_from_monday();
        let on_date = |e: &&Exception| e.on_date == date;
        let mut ranges: Vec<Slot> = availability
            .weekly
            .iter()
            .filter(|r| r.weekday == weekday && r.department_id == department_id)
            .map(|r| (r.starts, r.ends))
            .chain(
                availability
                    .exceptions
                    .iter()
                    .filter(on_date)
                    .filter(|e| {
                        e.kind == ExceptionKind::Extra && e.department_id == Some(department_id)
                    })
                    .filter_map(|e| e.hours),
            )
            .map(|(starts, ends)| Slot {
                starts: instant(date, starts, true),
                ends: instant(date, ends, false),
            })
            .collect();
        let away: Vec<Slot> = availability
            .exceptions
            .iter()
            .filter(on_date)
            .filter(|e| e.kind == ExceptionKind::Away)
            .filter(|e| e.department_id.is_none_or(|d| d == department_id))
            .map(|e| match e.hours {
                Some((starts, ends)) => Slot {
                    starts: instant(date, starts, true),
                    ends: instant(date, ends, false),
                },
                None => Slot {
                    starts: instant(date, NaiveTime::MIN, true),
                    ends: instant(date + Duration::days(1), NaiveTime::MIN, true),
                },
            })
            .collect();
        ranges.sort();
        for range in subtract(ranges, &away) {
            let mut t = range.starts;
            while t + length <= range.ends {
                let blocked = Slot {
                    starts: t,
                    ends: t + step,
                };
                let free = !taken
                    .iter()
                    .any(|b| b.starts < blocked.ends && blocked.starts < b.ends);
                // The window counts whole days: «two weeks ahead» includes that whole day.
                if t >= earliest && free {
                    out.push(Slot {
                        starts: t,
                        ends: t + length,
                    });
                }
                t += step;
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[derive(sqlx::FromRow)]
struct SettingsRow {
    staff_id: i64,
    meeting_minutes: i64,
    buffer_minutes: i64,
    notice_hours: i64,
    window_days: i64,
    forms: String,
}

impl SettingsRow {
    fn settings(&self) -> Settings {
        Settings {
            meeting_minutes: self.meeting_minutes,
            buffer_minutes: self.buffer_minutes,
            notice_hours: self.notice_hours,
            window_days: self.window_days,
            forms: self
                .forms
                .split(',')
                .filter_map(MeetingForm::parse)
                .collect(),
        }
    }
}

#[derive(sqlx::FromRow)]
struct RangeRow {
    staff_id: i64,
    department_id: i64,
    weekday: i32,
    starts: String,
    ends: String,
}

#[derive(sqlx::FromRow)]
struct ExceptionRow {
    id: i64,
    staff_id: i64,
    department_id: Option<i64>,
    on_date: NaiveDate,
    kind: String,
    starts: Option<String>,
    ends: Option<String>,
}

fn time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M").ok()
}

impl ExceptionRow {
    fn exception(&self) -> Exception {
        Exception {
            id: self.id,
            department_id: self.department_id,
            on_date: self.on_date,
            kind: if self.kind == "extra" {
                ExceptionKind::Extra
            } else {
                ExceptionKind::Away
            },
            hours: self
                .starts
                .as_deref()
                .and_then(time)
                .zip(self.ends.as_deref().and_then(time)),
        }
    }
}

/// The availability of several advisors at once: four queries whatever their number.
async fn availabilities(db: &Db, staff_ids: &[i64]) -> DomainResult<Vec<Availability>> {
    if staff_ids.is_empty() {
        return Ok(Vec::new());
    }
    // The ids are integers from the database, so a literal list is safe and portable.
    let list = staff_ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let settings = sql!(
        db, fetch_all SettingsRow,
        &format!("SELECT staff_id, meeting_minutes, buffer_minutes, notice_hours, window_days, forms FROM availability WHERE staff_id IN ({list})")
    )?;
    let ranges = sql!(
        db, fetch_all RangeRow,
        &format!("SELECT staff_id, department_id, weekday, starts, ends FROM availability_range WHERE staff_id IN ({list}) ORDER BY weekday, starts")
    )?;
    let exceptions = sql!(
        db, fetch_all ExceptionRow,
        &format!("SELECT id, staff_id, department_id, on_date, kind, starts, ends FROM availability_exception WHERE staff_id IN ({list}) ORDER BY on_date, starts")
    )?;
    Ok(staff_ids
        .iter()
        .map(|&staff_id| Availability {
            staff_id,
            settings: settings
                .iter()
                .find(|s| s.staff_id == staff_id)
                .map(SettingsRow::settings)
                .unwrap_or_default(),
            weekly: ranges
                .iter()
                .filter(|r| r.staff_id == staff_id)
                .filter_map(|r| {
                    Some(WeeklyRange {
                        department_id: r.department_id,
                        weekday: u32::try_from(r.weekday).ok()?,
                        starts: time(&r.starts)?,
                        ends: time(&r.ends)?,
                    })
                })
                .collect(),
            exceptions: exceptions
                .iter()
                .filter(|e| e.staff_id == staff_id)
                .map(ExceptionRow::exception)
                .collect(),
        })
        .collect())
}

/// One advisor's availability (the defaults and no hours when they have set nothing).
pub async fn availability(db: &Db, staff_id: i64) -> DomainResult<Availability> {
    Ok(availabilities(db, &[staff_id]).await?.remove(0))
}

fn invalid(field: &'static str, reason: &'static str) -> DomainError {
    DomainError::Invalid { field, reason }
}

/// Checks settings and weekly ranges, reporting the first problem.
pub fn validate_availability(settings: &Settings, weekly: &[WeeklyRange]) -> DomainResult<()> {
    if !(15..=240).contains(&settings.meeting_minutes) {
        return Err(invalid("meeting_minutes", "range"));
    }
    if !(0..=120).contains(&settings.buffer_minutes) {
        return Err(invalid("buffer_minutes", "range"));
    }
    if !(0..=336).contains(&settings.notice_hours) {
        return Err(invalid("notice_hours", "range"));
    }
    if !(1..=180).contains(&settings.window_days) {
        return Err(invalid("window_days", "range"));
    }
    if settings.forms.is_empty() {
        return Err(invalid("forms", "empty"));
    }
    for (i, r) in weekly.iter().enumerate() {
        if !(1..=7).contains(&r.weekday) {
            return Err(invalid("weekday", "range"));
        }
        if r.starts >= r.ends {
            return Err(invalid("hours", "ends_before_starts"));
        }
        // An advisor is in one place at a time: ranges of one weekday never overlap.
        let overlaps = weekly[..i]
            .iter()
            .any(|o| o.weekday == r.weekday && o.starts < r.ends && r.starts < o.ends);
        if overlaps {
            return Err(invalid("hours", "overlap"));
        }
    }
    Ok(())
}

/// Replaces an advisor's settings and weekly ranges in one transaction: all or nothing. Each
/// range's department must be one the advisor works for.
pub async fn save_availability(
    db: &Db,
    staff_id: i64,
    settings: &Settings,
    weekly: &[WeeklyRange],
) -> DomainResult<()> {
    validate_availability(settings, weekly)?;
    let forms = settings
        .forms
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(",");
    transaction!(db, |tx| {
        sqlx::query(
            "INSERT INTO availability (staff_id, meeting_minutes, buffer_minutes, notice_hours, window_days, forms) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (staff_id) DO UPDATE SET \
             meeting_minutes = excluded.meeting_minutes, buffer_minutes = excluded.buffer_minutes, \
             notice_hours = excluded.notice_hours, window_days = excluded.window_days, forms = excluded.forms",
        )
        .bind(staff_id)
        .bind(settings.meeting_minutes)
        .bind(settings.buffer_minutes)
        .bind(settings.notice_hours)
        .bind(settings.window_days)
        .bind(&forms)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM availability_range WHERE staff_id = $1")
            .bind(staff_id)
            .execute(&mut *tx)
            .await?;
        for r in weekly {
            // INSERT … SELECT: a department the advisor does not work for inserts nothing.
            let inserted = sqlx::query(
                "INSERT INTO availability_range (staff_id, department_id, weekday, starts, ends) \
                 SELECT $1, department_id, $3, $4, $5 FROM staff_department WHERE staff_id = $1 AND department_id = $2",
            )
            .bind(staff_id)
            .bind(r.department_id)
            .bind(r.weekday as i32)
            .bind(r.starts.format("%H:%M").to_string())
            .bind(r.ends.format("%H:%M").to_string())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 0 {
                return Err(invalid("department", "not_yours"));
            }
        }
    });
    Ok(())
}

/// A date exception as an advisor enters it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewException {
    pub department_id: Option<i64>,
    pub on_date: NaiveDate,
    pub kind: ExceptionKind,
    pub hours: Option<(NaiveTime, NaiveTime)>,
}

pub async fn add_exception(db: &Db, staff_id: i64, new: &NewException) -> DomainResult<i64> {
    if let Some((starts, ends)) = new.hours {
        if starts >= ends {
            return Err(invalid("hours", "ends_before_starts"));
        }
    }
    if new.kind == ExceptionKind::Extra && (new.hours.is_none() || new.department_id.is_none()) {
        return Err(invalid("hours", "missing"));
    }
    if let Some(department_id) = new.department_id {
        let works_there = sql!(
            db, scalar_optional i64,
            "SELECT department_id FROM staff_department WHERE staff_id = $1 AND department_id = $2",
            staff_id,
            department_id
        )?;
        if works_there.is_none() {
            return Err(invalid("department", "not_yours"));
        }
    }
    let format = |t: NaiveTime| t.format("%H:%M").to_string();
    Ok(sql!(
        db, scalar i64,
        "INSERT INTO availability_exception (staff_id, department_id, on_date, kind, starts, ends) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        staff_id,
        new.department_id,
        new.on_date,
        new.kind.as_str(),
        new.hours.map(|h| format(h.0)),
        new.hours.map(|h| format(h.1))
    )?)
}

pub async fn remove_exception(db: &Db, staff_id: i64, id: i64) -> DomainResult<()> {
    let removed = sql!(
        db,
        execute,
        "DELETE FROM availability_exception WHERE id = $1 AND staff_id = $2",
        id,
        staff_id
    )?;
    if removed == 0 {
        return Err(DomainError::NotFound);
    }
    Ok(())
}

/// A free time with the advisor who has it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FreeSlot {
    pub staff_id: i64,
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct TakenRow {
    staff_id: i64,
    starts_at: DateTime<Utc>,
    blocked_until: DateTime<Utc>,
}

/// Free times at a department, earliest first: every advisor of the department (or only
/// `advisor`) who offers `form`. A time two advisors share is listed once per advisor.
pub async fn free_slots(
    db: &Db,
    county_id: i64,
    department_id: i64,
    form: Option<MeetingForm>,
    advisor: Option<i64>,
    now: DateTime<Utc>,
) -> DomainResult<Vec<FreeSlot>> {
    let staff_ids = sql!(
        db, fetch_all (i64,),
        "SELECT s.id FROM staff s JOIN staff_department sd ON sd.staff_id = s.id \
         WHERE sd.department_id = $1 AND s.county_id = $2 AND s.active AND s.role IN ('advisor', 'coordinator') \
         AND ($3 IS NULL OR s.id = $3) ORDER BY s.id",
        department_id,
        county_id,
        advisor
    )?;
    let staff_ids: Vec<i64> = staff_ids.into_iter().map(|(id,)| id).collect();
    let all = availabilities(db, &staff_ids).await?;
    let taken = sql!(
        db, fetch_all TakenRow,
        "SELECT b.staff_id, b.starts_at, b.blocked_until FROM booking b JOIN staff_department sd ON sd.staff_id = b.staff_id \
         WHERE sd.department_id = $1 AND b.state IN ('requested', 'confirmed') AND b.blocked_until > $2",
        department_id,
        now
    )?;
    let mut out = Vec::new();
    for availability in all {
        if form.is_some_and(|f| !availability.settings.forms.contains(&f)) {
            continue;
        }
        let theirs: Vec<Slot> = taken
            .iter()
            .filter(|t| t.staff_id == availability.staff_id)
            .map(|t| Slot {
                starts: t.starts_at,
                ends: t.blocked_until,
            })
            .collect();
        out.extend(
            slots(&availability, department_id, &theirs, now)
                .into_iter()
                .map(|s| FreeSlot {
                    staff_id: availability.staff_id,
                    starts: s.starts,
                    ends: s.ends,
                }),
        );
    }
    out.sort_by_key(|s| (s.starts, s.staff_id));
    Ok(out)
}

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

/// The problems with a request's contact details, all at once.
pub fn validate_contact(new: &NewBooking) -> Vec<crate::contact_request::Invalid> {
    use crate::contact_request::Invalid;
    let mut problems = Vec::new();
    let name = new.first_name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        problems.push(Invalid {
            field: "first_name",
            reason: "missing",
        });
    }
    let mobile = new
        .mobile
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty());
    let email = new
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
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
    now: DateTime<Utc>,
) -> DomainResult<Requested> {
    if let Some(problem) = validate_contact(new).into_iter().next() {
        return Err(invalid(problem.field, problem.reason));
    }
    if !LANGUAGES.contains(&new.language.as_str()) {
        return Err(invalid("language", "unknown"));
    }
    let availability = availability(db, new.staff_id).await?;
    let offered = availability.settings.forms.contains(&new.form)
        && slots(&availability, new.department_id, &[], now)
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
    let mobile = new
        .mobile
        .as_deref()
        .map(str::trim)
        .filter(|m| !m.is_empty())
        .and_then(normalize_mobile);
    let email = new
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(normalize_email)
        .transpose()?;
    let token = secret::new_token();
    let insert = format!(
        "INSERT INTO booking (county_id, department_id, staff_id, contact_request_id, form, starts_at, ends_at, \
         blocked_until, state, hold_until, supersedes_id, first_name, mobile, email, language, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'requested', $9, $10, $11, $12, $13, $14, $15, $15) RETURNING {COLUMNS}"
    );
    let booking = write_transaction!(db, |tx| {
        // The check and the insert are one step: SQLite holds the write lock from BEGIN
        // IMMEDIATE; PostgreSQL's exclusion constraint refuses what a racing insert would break.
        let overlapping: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM booking WHERE staff_id = $1 AND state IN ('requested', 'confirmed') \
             AND starts_at < $3 AND blocked_until > $2",
        )
        .bind(new.staff_id)
        .bind(new.starts)
        .bind(blocked_until)
        .fetch_one(&mut *tx)
        .await?;
        if overlapping > 0 {
            return Err(DomainError::Conflict("slot taken"));
        }
        let booking = sqlx::query_as::<_, Booking>(&insert)
            .bind(county_id)
            .bind(new.department_id)
            .bind(new.staff_id)
            .bind(new.contact_request_id)
            .bind(new.form.as_str())
            .bind(new.starts)
            .bind(ends)
            .bind(blocked_until)
            .bind(hold_until)
            .bind(new.supersedes_id)
            .bind(new.first_name.trim())
            .bind(&mobile)
            .bind(&email)
            .bind(&new.language)
            .bind(now)
            .fetch_one(&mut *tx)
            .await
            .map_err(DomainError::overlap_as_conflict)?;
        sqlx::query(
            "INSERT INTO booking_link (token_hash, booking_id, created_at) VALUES ($1, $2, $3)",
        )
        .bind(secret::token_hash(&token))
        .bind(booking.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        booking
    });
    Ok(Requested { booking, token })
}

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

/// What happened to a booking, for the message the young person gets about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    Confirmed,
    Declined,
    Expired,
    Cancelled,
    Reminder,
}

/// Writes the messages about `event` for a booking; the token is a fresh link to its page.
pub type Compose<'a> = dyn Fn(&Booking, Event, &str) -> Vec<NewMessage> + Send + Sync + 'a;

/// Who acts on a booking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A member of staff, within their scope.
    Staff { staff_id: i64, scope: Scope },
    /// The young person, holding a link to this booking.
    Youth,
}

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
         cancelled_by = COALESCE($4, cancelled_by), decided_by = COALESCE($5, decided_by) \
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
                if let Some(old) = booking.supersedes_id {
                    sqlx::query(
                        "UPDATE booking SET state = 'cancelled', cancelled_by = 'youth', reason = 'moved', updated_at = $1 \
                         WHERE id = $2 AND state = 'confirmed'",
                    )
                    .bind(now)
                    .bind(old)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            if let Some(event) = extra.event {
                enqueue_about!(tx, booking, event, &token, compose, now);
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
    let requested = request(db, county_id, &new, policy, now).await?;
    let silent: &Compose<'_> = &|_, _, _| Vec::new();
    let extra = Transition {
        reason: Some("proposed"),
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
        silent,
        now,
    )
    .await?;
    let booking = confirm(
        db,
        county_id,
        requested.booking.id,
        staff_id,
        scope,
        compose,
        now,
    )
    .await?;
    Ok(Requested {
        booking,
        token: requested.token,
    })
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
    if name.is_empty() || name.chars().count() > 100 {
        return Err(invalid("first_name", "missing"));
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
    Ok(sql!(
        db, scalar i64,
        "INSERT INTO callback_request (county_id, department_id, contact_request_id, first_name, mobile, language, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        county_id,
        department_id,
        contact_request_id,
        name,
        mobile,
        language,
        now
    )?)
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
    let done = sql!(
        db,
        execute,
        "UPDATE callback_request SET handled_at = $1, handled_by = $2 WHERE id = $3 AND county_id = $4 \
         AND handled_at IS NULL \
         AND ($5 IS NULL OR department_id IN (SELECT department_id FROM staff_department WHERE staff_id = $5))",
        now,
        staff_id,
        id,
        county_id,
        scope.advisor()
    )?;
    if done == 0 {
        return Err(DomainError::NotFound);
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn oslo(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        instant(
            NaiveDate::from_ymd_opt(y, m, d).unwrap(),
            NaiveTime::from_hms_opt(h, min, 0).unwrap(),
            true,
        )
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn advisor(weekly: Vec<WeeklyRange>, settings: Settings) -> Availability {
        Availability {
            staff_id: 1,
            settings,
            weekly,
            exceptions: Vec::new(),
        }
    }

    fn range(weekday: u32, starts: NaiveTime, ends: NaiveTime) -> WeeklyRange {
        WeeklyRange {
            department_id: 7,
            weekday,
            starts,
            ends,
        }
    }

    fn plain() -> Settings {
        Settings {
            meeting_minutes: 60,
            buffer_minutes: 0,
            notice_hours: 0,
            window_days: 7,
            forms: MeetingForm::ALL.to_vec(),
        }
    }

    #[test]
    fn the_spring_night_has_one_hour_less() {
        // Sunday 29 March 2026: 02:00 becomes 03:00. 01:00–04:00 holds two real hours.
        let now = oslo(2026, 3, 28, 12, 0);
        let a = advisor(vec![range(7, hm(1, 0), hm(4, 0))], plain());
        let slots = slots(&a, 7, &[], now);
        let starts: Vec<String> = slots
            .iter()
            .map(|s| {
                s.starts
                    .with_timezone(&ZONE)
                    .format("%d %H:%M %Z")
                    .to_string()
            })
            .collect();
        assert_eq!(starts, ["29 01:00 CET", "29 03:00 CEST"]);
        assert!(slots
            .iter()
            .all(|s| s.ends - s.starts == Duration::hours(1)));
    }

    #[test]
    fn the_autumn_night_has_one_hour_more() {
        // Sunday 25 October 2026: 03:00 becomes 02:00 again. 01:00–04:00 holds four real hours.
        let now = oslo(2026, 10, 24, 12, 0);
        let a = advisor(vec![range(7, hm(1, 0), hm(4, 0))], plain());
        let starts: Vec<String> = slots(&a, 7, &[], now)
            .iter()
            .map(|s| s.starts.with_timezone(&ZONE).format("%H:%M %Z").to_string())
            .collect();
        assert_eq!(
            starts,
            ["01:00 CEST", "02:00 CEST", "02:00 CET", "03:00 CET"]
        );
    }

    #[test]
    fn office_hours_keep_their_wall_clock_across_the_change() {
        // Friday before and Monday after the spring change: 09:00 in Oslo both days.
        let now = oslo(2026, 3, 26, 12, 0);
        let a = advisor(
            vec![range(5, hm(9, 0), hm(10, 0)), range(1, hm(9, 0), hm(10, 0))],
            plain(),
        );
        let utc: Vec<String> = slots(&a, 7, &[], now)
            .iter()
            .map(|s| s.starts.format("%a %H:%M").to_string())
            .collect();
        assert_eq!(utc, ["Fri 08:00", "Mon 07:00"]);
    }

    #[test]
    fn buffers_notice_window_and_taken_times_are_respected() {
        let now = oslo(2026, 11, 23, 8, 0); // a Monday
        let settings = Settings {
            meeting_minutes: 45,
            buffer_minutes: 15,
            notice_hours: 24,
            window_days: 7,
            forms: vec![MeetingForm::Office],
        };
        let a = advisor(
            vec![range(1, hm(9, 0), hm(12, 0)), range(2, hm(9, 0), hm(12, 0))],
            settings,
        );
        let all = slots(&a, 7, &[], now);
        let local: Vec<String> = all
            .iter()
            .map(|s| {
                s.starts
                    .with_timezone(&ZONE)
                    .format("%a %d %H:%M")
                    .to_string()
            })
            .collect();
        // Today is inside the notice; next Monday (the 30th) is the window's last day.
        assert_eq!(
            local,
            [
                "Tue 24 09:00",
                "Tue 24 10:00",
                "Tue 24 11:00",
                "Mon 30 09:00",
                "Mon 30 10:00",
                "Mon 30 11:00"
            ]
        );
        // A meeting at 09:30 with its buffer to 10:30 takes both 09:00 and 10:00.
        let taken = [Slot {
            starts: oslo(2026, 11, 24, 9, 30),
            ends: oslo(2026, 11, 24, 10, 30),
        }];
        let free = slots(&a, 7, &taken, now);
        assert_eq!(free.len(), 4);
        assert!(
            free.iter()
                .all(|s| s.starts != oslo(2026, 11, 24, 9, 0)
                    && s.starts != oslo(2026, 11, 24, 10, 0))
        );
        // Another department's ranges are not this one's.
        assert!(slots(&a, 8, &[], now).is_empty());
    }

    #[test]
    fn exceptions_take_away_and_add_hours() {
        let now = oslo(2026, 11, 23, 8, 0);
        let mut a = advisor(
            vec![range(2, hm(9, 0), hm(12, 0)), range(3, hm(9, 0), hm(12, 0))],
            plain(),
        );
        let tuesday = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let wednesday = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        a.exceptions = vec![
            Exception {
                id: 1,
                department_id: None,
                on_date: tuesday,
                kind: ExceptionKind::Away,
                hours: None,
            },
            Exception {
                id: 2,
                department_id: None,
                on_date: wednesday,
                kind: ExceptionKind::Away,
                hours: Some((hm(10, 0), hm(11, 0))),
            },
            Exception {
                id: 3,
                department_id: Some(7),
                on_date: wednesday,
                kind: ExceptionKind::Extra,
                hours: Some((hm(14, 0), hm(15, 0))),
            },
        ];
        a.settings.window_days = 3;
        let local: Vec<String> = slots(&a, 7, &[], now)
            .iter()
            .map(|s| s.starts.with_timezone(&ZONE).format("%a %H:%M").to_string())
            .collect();
        assert_eq!(local, ["Wed 09:00", "Wed 11:00", "Wed 14:00"]);
    }

    #[test]
    fn the_hold_is_the_earlier_deadline() {
        let p = BookingPolicy::default();
        let now = oslo(2026, 11, 23, 8, 0);
        // Meeting in a week: held 48 hours.
        assert_eq!(
            p.hold_until(now, now + Duration::days(7)),
            now + Duration::hours(48)
        );
        // Meeting in 30 hours: held until 24 hours before it.
        assert_eq!(
            p.hold_until(now, now + Duration::hours(30)),
            now + Duration::hours(6)
        );
        // Meeting in 10 hours: an hour, never past the meeting.
        assert_eq!(
            p.hold_until(now, now + Duration::hours(10)),
            now + Duration::hours(1)
        );
        assert_eq!(
            p.hold_until(now, now + Duration::minutes(30)),
            now + Duration::minutes(30)
        );
    }

    #[test]
    fn availability_is_checked() {
        let s = Settings::default();
        assert!(validate_availability(
            &s,
            &[
                range(1, hm(9, 0), hm(11, 0)),
                range(1, hm(11, 0), hm(12, 0))
            ]
        )
        .is_ok());
        assert!(validate_availability(
            &s,
            &[
                range(1, hm(9, 0), hm(11, 0)),
                range(1, hm(10, 0), hm(12, 0))
            ]
        )
        .is_err());
        assert!(validate_availability(&s, &[range(1, hm(11, 0), hm(9, 0))]).is_err());
        assert!(validate_availability(
            &Settings {
                forms: vec![],
                ..s.clone()
            },
            &[]
        )
        .is_err());
        assert!(validate_availability(
            &Settings {
                meeting_minutes: 5,
                ..s
            },
            &[]
        )
        .is_err());
    }
}
